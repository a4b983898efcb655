/**
 * The general ledger: chart of accounts, fiscal periods, journal entries, exchange rates and balances. Other modules
 * and bridges post through {@link LedgerService}.
 */
@Export
@Version("1.1.0")
package org.backoffice.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
