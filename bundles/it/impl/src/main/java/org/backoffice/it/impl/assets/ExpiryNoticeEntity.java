package org.backoffice.it.impl.assets;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** One expiry announced: an asset's warranty or a licence, at one threshold; unique, so each is sent once. */
@Entity
@Table(name = "IT_EXPIRY_NOTICE", uniqueConstraints = @UniqueConstraint(name = "IT_EXPIRY_NOTICE_ONCE",
        columnNames = {"KIND", "ITEM", "THRESHOLD_DAYS"}))
public class ExpiryNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_EXPIRY_NOTICE_IDS")
    @TableGenerator(name = "IT_EXPIRY_NOTICE_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "EXPIRY_NOTICE", allocationSize = 50)
    Long id;

    @Column(name = "KIND", length = 20, nullable = false)
    String kind;

    @Column(name = "ITEM", length = 40, nullable = false)
    String item;

    @Column(name = "THRESHOLD_DAYS", nullable = false)
    int thresholdDays;

    @Column(name = "EXPIRES", nullable = false)
    LocalDate expires;

    @Column(name = "SENT_ON", nullable = false)
    LocalDate sentOn;
}
