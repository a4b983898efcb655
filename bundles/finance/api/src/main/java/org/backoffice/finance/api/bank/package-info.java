/**
 * The company's bank accounts, imported statements (camt.053, CSV) and their reconciliation.
 */
@Export
@Version("1.1.0")
package org.backoffice.finance.api.bank;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
