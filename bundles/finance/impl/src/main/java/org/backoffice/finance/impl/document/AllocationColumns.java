package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.MappedSuperclass;

import org.backoffice.platform.api.persistence.UtcInstant;

/** What every allocation records besides the two documents it joins: how much, as of which day, written when. */
@MappedSuperclass
public abstract class AllocationColumns {

    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "ALLOC_DATE", nullable = false)
    private LocalDate date;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected AllocationColumns() {
    }

    protected AllocationColumns(BigDecimal amount, LocalDate date, Instant now) {
        this.amount = amount;
        this.date = date;
        this.createdAt = now;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate date() {
        return date;
    }
}
