/**
 * The partners directory: companies and people the business sells to (customers) and buys from (suppliers).
 * Other modules refer to partners by code only.
 */
@Export
@Version("2.0.0")
package org.backoffice.partners.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
