package org.backoffice.hr.impl.training;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A session of a course. */
@Entity
@Table(name = "HR_TRAINING_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_SESSION_IDS")
    @TableGenerator(name = "HR_TRAINING_SESSION_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SESSION", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "COURSE_ID", nullable = false)
    long courseId;

    @Column(name = "START_DATE", nullable = false)
    LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    LocalDate endDate;

    @Column(name = "TRAINER", length = 200)
    String trainer;

    @Column(name = "LOCATION", length = 200)
    String location;

    @Column(name = "CAPACITY", nullable = false)
    int capacity;
}
