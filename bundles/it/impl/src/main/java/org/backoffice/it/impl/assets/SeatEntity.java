package org.backoffice.it.impl.assets;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.it.api.assets.SeatAssignment;
import org.backoffice.platform.api.persistence.UtcInstant;

/** One assignment of one seat: the seat's history is its rows. */
@Entity
@Table(name = "IT_LICENCE_SEAT", indexes = {
    @Index(name = "IT_SEAT_LICENCE", columnList = "LICENCE_ID,RELEASED_AT"),
    @Index(name = "IT_SEAT_ASSIGNEE", columnList = "ASSIGNEE")})
public class SeatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_LICENCE_SEAT_IDS")
    @TableGenerator(name = "IT_LICENCE_SEAT_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "LICENCE_SEAT", allocationSize = 50)
    Long id;

    @Column(name = "LICENCE_ID", nullable = false)
    long licenceId;

    @Column(name = "LICENCE_CODE", length = 40, nullable = false)
    String licenceCode;

    @Column(name = "SEAT_NO", nullable = false)
    int seat;

    @Column(name = "ASSIGNEE", length = 200, nullable = false)
    String assignee;

    @Convert(converter = UtcInstant.class)
    @Column(name = "ASSIGNED_AT", nullable = false)
    Instant assignedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "RELEASED_AT")
    Instant releasedAt;

    @Column(name = "OVER_USE", nullable = false)
    boolean overUse;

    SeatAssignment toAssignment() {
        return new SeatAssignment(licenceCode, seat, assignee, assignedAt, releasedAt, overUse);
    }
}
