package org.backoffice.it.impl.desk;

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

import org.backoffice.platform.api.persistence.UtcInstant;

/** A time in which a ticket's clocks stood still, and why (the waiting status). */
@Entity
@Table(name = "IT_SLA_PAUSE", indexes = @Index(name = "IT_SLA_PAUSE_TICKET", columnList = "TICKET_ID"))
public class PauseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_SLA_PAUSE_IDS")
    @TableGenerator(name = "IT_SLA_PAUSE_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "SLA_PAUSE", allocationSize = 50)
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Convert(converter = UtcInstant.class)
    @Column(name = "FROM_AT", nullable = false)
    Instant from;

    @Convert(converter = UtcInstant.class)
    @Column(name = "TO_AT")
    Instant to;

    @Column(name = "REASON", length = 30, nullable = false)
    String reason;
}
