/** Names shared by the payroll bundles and its bridges. */
@Export
@Version("1.0.0")
package org.backoffice.payroll.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
