package org.backoffice.finance.impl.bank;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Properties;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountDraft;
import org.backoffice.finance.api.bank.CsvMapping;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/** Table FIN_BANK_ACCOUNT: the company's bank accounts; the saved CSV mapping is kept as properties text. */
@Entity
@Table(name = "FIN_BANK_ACCOUNT")
public class BankAccountEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BANK_ACCOUNT_IDS")
    @TableGenerator(name = "FIN_BANK_ACCOUNT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BANK_ACCOUNT", allocationSize = 10)
    private Long id;

    @Column(name = "CODE", length = 20, unique = true, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "IBAN", length = 34, unique = true, nullable = false)
    private String iban;

    @Column(name = "BIC", length = 11)
    private String bic;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "LEDGER_ACCOUNT", length = 20, nullable = false)
    private String ledgerAccount;

    @Column(name = "FEE_ACCOUNT", length = 20, nullable = false)
    private String feeAccount;

    @Column(name = "CSV_MAPPING", length = 4000)
    private String csvMapping;

    protected BankAccountEntity() {
    }

    BankAccountEntity(Instant now) {
        super(now);
    }

    void apply(BankAccountDraft draft, String iban, String currency, String feeAccount) {
        this.code = draft.code().trim();
        this.name = draft.name().trim();
        this.iban = iban;
        this.bic = draft.bic() == null || draft.bic().isBlank() ? null : draft.bic().trim().toUpperCase();
        this.currency = currency;
        this.ledgerAccount = draft.ledgerAccount();
        this.feeAccount = feeAccount;
        this.csvMapping = write(draft.csvMapping());
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String iban() {
        return iban;
    }

    String currency() {
        return currency;
    }

    String ledgerAccount() {
        return ledgerAccount;
    }

    String feeAccount() {
        return feeAccount;
    }

    CsvMapping csvMapping() {
        return read(csvMapping);
    }

    BankAccount toBankAccount() {
        return new BankAccount(id, code, name, iban, bic, currency, ledgerAccount, feeAccount, csvMapping(), version());
    }

    private static final String[] KEYS = {"date", "valueDate", "amount", "debit", "credit", "text", "counterparty",
        "counterpartyIban", "reference", "dateFormat", "decimalSeparator", "headerRows", "delimiter"};

    static String write(CsvMapping m) {
        if (m == null) {
            return null;
        }
        Object[] values = {m.date(), m.valueDate(), m.amount(), m.debit(), m.credit(), m.text(), m.counterparty(),
            m.counterpartyIban(), m.reference(), m.dateFormat(), m.decimalSeparator(), m.headerRows(), m.delimiter()};
        Properties properties = new Properties();
        for (int i = 0; i < KEYS.length; i++) {
            if (values[i] != null) {
                properties.setProperty(KEYS[i], values[i].toString());
            }
        }
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().replaceFirst("^#.*\\R", ""); // no timestamp comment
    }

    static CsvMapping read(String text) {
        if (text == null) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String rows = p.getProperty("headerRows");
        return new CsvMapping(p.getProperty("date"), p.getProperty("valueDate"), p.getProperty("amount"),
                p.getProperty("debit"), p.getProperty("credit"), p.getProperty("text"), p.getProperty("counterparty"),
                p.getProperty("counterpartyIban"), p.getProperty("reference"), p.getProperty("dateFormat"),
                p.getProperty("decimalSeparator"), rows == null ? null : Integer.valueOf(rows),
                p.getProperty("delimiter"));
    }
}
