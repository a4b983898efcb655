package org.backoffice.hr.impl.leave;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.hr.api.leave.ClosedPeriod;

@Entity
@Table(name = "HR_LEAVE_CLOSED_PERIOD")
public class ClosedPeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_LEAVE_CLOSED_IDS")
    @TableGenerator(name = "HR_LEAVE_CLOSED_IDS", table = "HR_LEAVE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CLOSED_PERIOD", allocationSize = 10)
    @Column(name = "ID")
    private Long id;
    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;
    @Column(name = "TO_DATE", nullable = false)
    private LocalDate to;
    @Column(name = "TYPE_CODE", length = 20)
    private String type;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    protected ClosedPeriodEntity() {
    }

    static ClosedPeriodEntity of(ClosedPeriod p) {
        ClosedPeriodEntity e = new ClosedPeriodEntity();
        e.from = p.from();
        e.to = p.to();
        e.type = p.type();
        e.name = p.name().strip();
        return e;
    }

    ClosedPeriod toPeriod() {
        return new ClosedPeriod(id, from, to, type, name);
    }
}
