package org.backoffice.hr.impl.training;

import java.time.Instant;

import javax.persistence.Convert;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.backoffice.hr.api.training.EnrolmentStatus;
import org.backoffice.platform.api.persistence.UtcInstant;

/** An employee on a session; SEQ orders the waiting list (first asked, first seated). */
@Entity
@Table(name = "HR_TRAINING_ENROLMENT")
public class EnrolmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_ENROLMENT_IDS")
    @TableGenerator(name = "HR_TRAINING_ENROLMENT_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ENROLMENT", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "SESSION_ID", nullable = false)
    long sessionId;

    @Column(name = "EMPLOYEE_ID", nullable = false)
    long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    EnrolmentStatus status;

    @Column(name = "ATTENDED", nullable = false)
    boolean attended;

    @Convert(converter = UtcInstant.class)
    @Column(name = "REQUESTED_AT", nullable = false)
    Instant requested;
}
