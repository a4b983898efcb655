package org.backoffice.logistics.impl;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Table LOG_DOCUMENT_SERIES: the last number of each gapless series (e.g. {@code PO-2026}). Mapped so the unit creates
 * the table; rows are only read and changed by {@link DocumentNumbers}.
 */
@Entity
@Table(name = "LOG_DOCUMENT_SERIES")
public class DocumentSeriesEntity {

    @Id
    @Column(name = "SERIES", length = 30)
    private String series;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    protected DocumentSeriesEntity() {
    }
}
