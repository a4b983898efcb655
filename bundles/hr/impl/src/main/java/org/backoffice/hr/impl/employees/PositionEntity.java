package org.backoffice.hr.impl.employees;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** Table HR_POSITION: a job title with its planned headcount in a department. */
@Entity
@Table(name = "HR_POSITION", uniqueConstraints = @UniqueConstraint(name = "HR_POSITION_CODE_UK",
        columnNames = "CODE"))
public class PositionEntity extends CodedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_POSITION_IDS")
    @TableGenerator(name = "HR_POSITION_IDS", table = "HR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "POSITION", allocationSize = 20)
    private Long id;
    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;
    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;
    @Column(name = "PLANNED_HEADCOUNT", nullable = false)
    private int plannedHeadcount;

    protected PositionEntity() {
    }

    PositionEntity(String code) {
        super(code);
    }

    void set(String title, Long departmentId, int plannedHeadcount) {
        this.title = title;
        this.departmentId = departmentId;
        this.plannedHeadcount = plannedHeadcount;
    }

    @Override
    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    Long departmentId() {
        return departmentId;
    }

    int plannedHeadcount() {
        return plannedHeadcount;
    }
}
