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
    public static final String ENTITY_DUNNING_LEVEL = "DunningLevel";
    public static final String ENTITY_DUNNING_RUN = "DunningRun";
    public static final String ENTITY_DUNNING_NOTICE = "DunningNotice";
    public static final String ENTITY_BILL = "Bill";
    public static final String ENTITY_SUPPLIER_PAYMENT = "SupplierPayment";
    public static final String ENTITY_PAYMENT_RUN = "PaymentRun";
    public static final String ENTITY_BANK_ACCOUNT = "BankAccount";
    public static final String ENTITY_BANK_STATEMENT = "BankStatement";
    public static final String ENTITY_STATEMENT_LINE = "StatementLine";

    public static final String TOPIC_INVOICE_POSTED = "org/backoffice/finance/INVOICE_POSTED";
    public static final String TOPIC_CREDIT_NOTE_POSTED = "org/backoffice/finance/CREDIT_NOTE_POSTED";
    public static final String TOPIC_RECEIPT_RECORDED = "org/backoffice/finance/RECEIPT_RECORDED";
    public static final String TOPIC_DUNNING_NOTICE_ISSUED = "org/backoffice/finance/DUNNING_NOTICE_ISSUED";
    public static final String TOPIC_BILL_POSTED = "org/backoffice/finance/BILL_POSTED";
    public static final String TOPIC_SUPPLIER_PAYMENT_RECORDED = "org/backoffice/finance/SUPPLIER_PAYMENT_RECORDED";
    public static final String TOPIC_PAYMENT_RUN_EXECUTED = "org/backoffice/finance/PAYMENT_RUN_EXECUTED";
    public static final String TOPIC_BANK_STATEMENT_IMPORTED = "org/backoffice/finance/BANK_STATEMENT_IMPORTED";

    private FinanceModule() {
    }
}
