/**
 * The general ledger: chart of accounts, fiscal periods, journal entries, exchange rates, balances and the
 * reports drawn from them. Other modules and bridges post through {@link org.backoffice.finance.api.ledger.LedgerService}.
 */
@Export
@Version("1.0.0")
package org.backoffice.finance.api.ledger;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
