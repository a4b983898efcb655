package org.backoffice.finance.impl.ledger;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/** Table FIN_ACCOUNT. */
@Entity
@Table(name = "FIN_ACCOUNT", uniqueConstraints = @UniqueConstraint(name = "FIN_ACCOUNT_UK", columnNames = "CODE"),
        indexes = @Index(name = "FIN_ACCOUNT_PARENT_IX", columnList = "PARENT_CODE"))
public class AccountEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_ACCOUNT_IDS")
    @TableGenerator(name = "FIN_ACCOUNT_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ACCOUNT", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCOUNT_TYPE", length = 10, nullable = false)
    private AccountType type;

    @Column(name = "PARENT_CODE", length = 20)
    private String parent;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected AccountEntity() {
    }

    AccountEntity(Account account, Instant now) {
        super(now);
        this.code = account.code();
        apply(account);
        this.active = account.active() == null || account.active();
    }

    void apply(Account account) {
        name = account.name();
        type = account.type();
        parent = account.parent();
        currency = account.currency();
        if (account.active() != null) {
            active = account.active();
        }
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    public AccountType type() {
        return type;
    }

    String parent() {
        return parent;
    }

    public String currency() {
        return currency;
    }

    public boolean active() {
        return active;
    }

    Account toAccount(boolean postable) {
        return new Account(code, name, type, parent, postable, currency, active, version());
    }
}
