package org.backoffice.finance.impl.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table FIN_SEQUENCE: gapless document numbers, one row per series (e.g. {@code JE-2026}). */
@Entity
@Table(name = "FIN_SEQUENCE")
public class SequenceEntity {

    @Id
    @Column(name = "SERIES", length = 30)
    private String series;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    protected SequenceEntity() {
    }

    SequenceEntity(String series) {
        this.series = series;
    }
}
