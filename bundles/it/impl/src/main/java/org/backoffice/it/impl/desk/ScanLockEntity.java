package org.backoffice.it.impl.desk;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.backoffice.platform.api.persistence.UtcInstant;

/** One row that a scan locks for its transaction, so on a cluster one node scans at a time. */
@Entity
@Table(name = "IT_SCAN_LOCK")
public class ScanLockEntity {

    @Id
    @Column(name = "NAME", length = 40)
    String name;

    @Convert(converter = UtcInstant.class)
    @Column(name = "LAST_RUN")
    Instant lastRun;
}
