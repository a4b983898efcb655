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

/** A certification held by an employee. */
@Entity
@Table(name = "HR_CERTIFICATION")
public class CertificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_CERTIFICATION_IDS")
    @TableGenerator(name = "HR_TRAINING_CERTIFICATION_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CERTIFICATION", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "EMPLOYEE_ID", nullable = false)
    long employeeId;

    @Column(name = "CODE", length = 40, nullable = false)
    String code;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Column(name = "ISSUED", nullable = false)
    LocalDate issued;

    @Column(name = "EXPIRY")
    LocalDate expiry;

    @Column(name = "SESSION_ID")
    Long sessionId;
}
