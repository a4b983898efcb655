package org.backoffice.logistics.impl;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Table LOG_DOC_NUMBER: the last number given in a gapless series such as {@code SO-2026}. Mapped so the unit creates
 * the table; rows are changed only by {@link DocumentNumbers}' SQL inside the transaction that uses the number.
 */
@Entity
@Table(name = "LOG_DOC_NUMBER")
public class DocumentNumberEntity {

    @Id
    @Column(name = "SERIES", length = 30)
    private String series;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    protected DocumentNumberEntity() {
    }
}
