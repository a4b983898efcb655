package org.backoffice.finance.impl.ledger;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Table FIN_BALANCE: posted base-currency debits and credits per account and period, maintained as entries post, so
 * reports read one row per account and period instead of every journal line.
 */
@Entity
@Table(name = "FIN_BALANCE")
@IdClass(BalanceEntity.Key.class)
public class BalanceEntity {

    @Id
    @Column(name = "ACCOUNT_CODE", length = 20)
    private String account;

    @Id
    @Column(name = "PERIOD_ID", length = 7)
    private String period;

    @Column(name = "DEBIT", precision = 19, scale = 4, nullable = false)
    private BigDecimal debit;

    @Column(name = "CREDIT", precision = 19, scale = 4, nullable = false)
    private BigDecimal credit;

    protected BalanceEntity() {
    }

    BalanceEntity(String account, String period) {
        this.account = account;
        this.period = period;
        this.debit = BigDecimal.ZERO;
        this.credit = BigDecimal.ZERO;
    }

    String account() {
        return account;
    }

    String period() {
        return period;
    }

    BigDecimal debit() {
        return debit;
    }

    BigDecimal credit() {
        return credit;
    }

    /** Composite key (account, period). */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String account;
        private String period;

        public Key() {
        }

        public Key(String account, String period) {
            this.account = account;
            this.period = period;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(account, key.account)
                    && Objects.equals(period, key.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, period);
        }
    }
}
