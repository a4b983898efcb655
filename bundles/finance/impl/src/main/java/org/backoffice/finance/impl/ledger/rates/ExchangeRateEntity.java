package org.backoffice.finance.impl.ledger.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.ledger.ExchangeRate;

/** Table FIN_EXCHANGE_RATE: base-currency units per unit of a currency, from a date on. */
@Entity
@Table(name = "FIN_EXCHANGE_RATE",
        uniqueConstraints = @UniqueConstraint(name = "FIN_RATE_UK", columnNames = {"CURRENCY", "RATE_DATE"}))
public class ExchangeRateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_RATE_IDS")
    @TableGenerator(name = "FIN_RATE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "EXCHANGE_RATE", allocationSize = 50)
    private Long id;

    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "RATE_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "RATE", precision = 19, scale = 10, nullable = false)
    private BigDecimal rate;

    protected ExchangeRateEntity() {
    }

    ExchangeRateEntity(ExchangeRate rate) {
        this.currency = rate.currency();
        this.date = rate.date();
        this.rate = rate.rate();
    }

    void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    ExchangeRate toRate() {
        return new ExchangeRate(currency, date, rate.stripTrailingZeros());
    }
}
