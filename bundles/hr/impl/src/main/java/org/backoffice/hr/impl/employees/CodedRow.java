package org.backoffice.hr.impl.employees;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

import org.backoffice.platform.support.jpa.VersionedRow;

/**
 * A row of the organisation that callers name by its unique code (column CODE, 40 characters, set once): a department
 * or a position. The id and its generator stay in each entity, so each keeps its own id series in HR_SEQUENCE; the
 * persistence unit lists this class.
 */
@MappedSuperclass
public abstract class CodedRow extends VersionedRow {

    @Column(name = "CODE", length = 40, nullable = false)
    private String code;

    protected CodedRow() {
    }

    protected CodedRow(String code) {
        this.code = code;
    }

    abstract Long id();

    String code() {
        return code;
    }
}
