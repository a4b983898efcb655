/**
 * Dunning of overdue invoices: levels, runs and the notices they produce.
 */
@Export
@Version("1.0.0")
package org.backoffice.finance.api.dunning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
