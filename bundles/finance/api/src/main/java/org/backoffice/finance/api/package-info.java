/**
 * The general ledger: chart of accounts, fiscal periods, journal entries, exchange rates and balances. Other modules
 * and bridges post through {@link LedgerService}. Receivables (tax codes, customer invoices, credit notes, receipts,
 * aging) are in {@link ReceivablesService} and {@link TaxCodeService}; dunning of overdue invoices in
 * {@link DunningService}; payables (supplier bills, supplier payments, payment runs, aging) in {@link PayablesService};
 * bank accounts, statements and reconciliation in {@link BankAccountService} and {@link BankStatementService}.
 * 1.3: dunning, payables, bank reconciliation, invoices found by reference.
 */
@Export
@Version("1.4.0")
package org.backoffice.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
