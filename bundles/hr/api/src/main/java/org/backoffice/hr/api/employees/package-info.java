/** Employees, departments, positions and contracts of the HR module. */
@Export
@Version("1.0.0")
package org.backoffice.hr.api.employees;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
