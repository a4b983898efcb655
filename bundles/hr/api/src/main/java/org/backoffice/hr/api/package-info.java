/** Names other bundles need from the HR module: its id, roles and event topics. */
@Export
@Version("1.0.0")
package org.backoffice.hr.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
