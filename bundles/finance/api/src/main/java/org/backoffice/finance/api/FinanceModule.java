package org.backoffice.finance.api;

/** Names other bundles need: module id, roles, event topics, audit entity names. */
public final class FinanceModule {

    public static final String ID = "finance";
    public static final String MANAGER = "finance-manager";
    public static final String VIEWER = "finance-viewer";

    public static final String TOPIC_JOURNAL_ENTRY_POSTED = "org/backoffice/finance/JOURNAL_ENTRY_POSTED";

    public static final String ENTITY_ACCOUNT = "Account";
    public static final String ENTITY_PERIOD = "Period";
    public static final String ENTITY_JOURNAL_ENTRY = "JournalEntry";
    public static final String ENTITY_EXCHANGE_RATE = "ExchangeRate";
    public static final String ENTITY_TAX_CODE = "TaxCode";
    public static final String ENTITY_INVOICE = "Invoice";
    public static final String ENTITY_CREDIT_NOTE = "CreditNote";
    public static final String ENTITY_RECEIPT = "Receipt";
    public static final String ENTITY_BANK_ACCOUNT = "BankAccount";
    public static final String ENTITY_BANK_STATEMENT = "BankStatement";
    public static final String ENTITY_STATEMENT_LINE = "StatementLine";

    public static final String TOPIC_INVOICE_POSTED = "org/backoffice/finance/INVOICE_POSTED";
    public static final String TOPIC_CREDIT_NOTE_POSTED = "org/backoffice/finance/CREDIT_NOTE_POSTED";
    public static final String TOPIC_RECEIPT_RECORDED = "org/backoffice/finance/RECEIPT_RECORDED";
    public static final String TOPIC_BANK_STATEMENT_IMPORTED = "org/backoffice/finance/BANK_STATEMENT_IMPORTED";

    private FinanceModule() {
    }
}
