/** Payroll runs, payslips and year-to-date totals. */
@Export
@Version("1.0.0")
package org.backoffice.payroll.api.runs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
