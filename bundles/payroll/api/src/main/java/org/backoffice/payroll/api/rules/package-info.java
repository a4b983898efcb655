/** Pay components, pay structures and their assignment to employees. */
@Export
@Version("1.0.0")
package org.backoffice.payroll.api.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
