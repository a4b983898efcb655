/**
 * The general ledger: chart of accounts, fiscal periods, journal entries, exchange rates and balances. Other modules
 * and bridges post through {@link LedgerService}. Receivables (tax codes, customer invoices, credit notes, receipts,
 * aging) are in {@link ReceivablesService} and {@link TaxCodeService}; bank accounts and statements in
 * {@link BankAccountService} and {@link BankStatementService}.
 */
@Export
@Version("1.3.0")
package org.backoffice.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
