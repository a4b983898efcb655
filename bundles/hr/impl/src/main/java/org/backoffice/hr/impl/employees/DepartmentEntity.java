package org.backoffice.hr.impl.employees;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** Table HR_DEPARTMENT: a node of the department tree. */
@Entity
@Table(name = "HR_DEPARTMENT", uniqueConstraints = @UniqueConstraint(name = "HR_DEPARTMENT_CODE_UK",
        columnNames = "CODE"))
public class DepartmentEntity extends CodedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_DEPARTMENT_IDS")
    @TableGenerator(name = "HR_DEPARTMENT_IDS", table = "HR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "DEPARTMENT", allocationSize = 20)
    private Long id;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "PARENT_ID")
    private Long parentId;
    @Column(name = "HEAD_ID")
    private Long headId;

    protected DepartmentEntity() {
    }

    DepartmentEntity(String code) {
        super(code);
    }

    void set(String name, Long parentId, Long headId) {
        this.name = name;
        this.parentId = parentId;
        this.headId = headId;
    }

    @Override
    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Long parentId() {
        return parentId;
    }

    Long headId() {
        return headId;
    }
}
