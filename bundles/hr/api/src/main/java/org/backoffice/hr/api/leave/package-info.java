/** Leave: types with their accrual policies, requests, balances from the leave ledger, the team calendar. */
@Export
@Version("1.0.0")
package org.backoffice.hr.api.leave;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
