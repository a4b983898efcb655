package org.backoffice.finance.impl.ledger.periods;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.platform.support.jpa.VersionedRow;

/** Table FIN_PERIOD; the id {@code YYYY-MM} sorts in date order. */
@Entity
@Table(name = "FIN_PERIOD")
public class PeriodEntity extends VersionedRow {

    @Id
    @Column(name = "ID", length = 7)
    private String id;

    @Column(name = "FISCAL_YEAR", nullable = false)
    private int fiscalYear;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate start;

    @Column(name = "END_DATE", nullable = false)
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private PeriodStatus status;

    protected PeriodEntity() {
    }

    PeriodEntity(int fiscalYear, LocalDate start) {
        this.id = Periods.idOf(start);
        this.fiscalYear = fiscalYear;
        this.start = start;
        this.end = start.plusMonths(1).minusDays(1);
        this.status = PeriodStatus.OPEN;
    }

    public String id() {
        return id;
    }

    public PeriodStatus status() {
        return status;
    }

    public void setStatus(PeriodStatus status) {
        this.status = status;
    }

    public Period toPeriod() {
        return new Period(id, fiscalYear, start, end, status);
    }
}
