package org.backoffice.hr.impl.training;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

/** A certification a position requires (the position lives in the employees subdomain, by id). */
@Entity
@Table(name = "HR_CERT_REQUIREMENT", uniqueConstraints = @UniqueConstraint(name = "HR_CERT_REQUIREMENT_UK",
        columnNames = {"POSITION_ID", "CERT_CODE"}))
public class RequirementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_REQUIREMENT_IDS")
    @TableGenerator(name = "HR_TRAINING_REQUIREMENT_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "REQUIREMENT", allocationSize = 50)
    Long id;

    @Column(name = "POSITION_ID", nullable = false)
    long positionId;

    @Column(name = "POSITION_CODE", length = 40, nullable = false)
    String positionCode;

    @Column(name = "CERT_CODE", length = 40, nullable = false)
    String certificationCode;
}
