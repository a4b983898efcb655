package org.backoffice.hr.impl.training;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** A CERTIFICATION_EXPIRING event already sent for a certification and threshold: the key makes a rerun harmless. */
@Entity
@Table(name = "HR_CERT_EXPIRY_NOTICE", uniqueConstraints = @UniqueConstraint(name = "HR_CERT_EXPIRY_NOTICE_UK",
        columnNames = {"CERTIFICATION_ID", "THRESHOLD_DAYS"}))
public class ExpiryNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_NOTICE_IDS")
    @TableGenerator(name = "HR_TRAINING_NOTICE_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "NOTICE", allocationSize = 50)
    Long id;

    @Column(name = "CERTIFICATION_ID", nullable = false)
    long certificationId;

    @Column(name = "THRESHOLD_DAYS", nullable = false)
    int thresholdDays;

    @Column(name = "SENT_ON", nullable = false)
    LocalDate sentOn;
}
