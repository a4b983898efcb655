package org.backoffice.hr.impl.training;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.backoffice.hr.api.training.Course;

/** A course; its code is unique. */
@Entity
@Table(name = "HR_TRAINING_COURSE", uniqueConstraints = @UniqueConstraint(name = "HR_TRAINING_COURSE_CODE_UK",
        columnNames = "CODE"))
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "HR_TRAINING_COURSE_IDS")
    @TableGenerator(name = "HR_TRAINING_COURSE_IDS", table = "HR_TRAINING_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "COURSE", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "CODE", length = 40, nullable = false)
    String code;

    @Column(name = "TITLE", length = 200, nullable = false)
    String title;

    @Column(name = "DESCRIPTION", length = 2000)
    String description;

    @Column(name = "CERT_CODE", length = 40)
    String certificationCode;

    @Column(name = "CERT_NAME", length = 200)
    String certificationName;

    @Column(name = "VALIDITY_MONTHS")
    Integer validityMonths;

    void apply(Course course) {
        code = course.code();
        title = course.title();
        description = course.description();
        certificationCode = course.certificationCode();
        certificationName = course.certificationCode() == null ? null
                : course.certificationName() == null ? course.title() : course.certificationName();
        validityMonths = course.certificationCode() == null ? null : course.validityMonths();
    }

    Course toCourse() {
        return new Course(code, title, description, certificationCode, certificationName, validityMonths, version);
    }
}
