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
import javax.persistence.Version;

import org.backoffice.platform.api.persistence.UtcInstant;

/** A ticket row; the lists (watchers, links, assets) are {@link TicketRefEntity} rows, comments their own. */
@Entity
@Table(name = "IT_TICKET", indexes = {
    @Index(name = "IT_TICKET_REQUESTER", columnList = "REQUESTER,STATUS"),
    @Index(name = "IT_TICKET_AGENT", columnList = "AGENT,STATUS"),
    @Index(name = "IT_TICKET_GROUP", columnList = "GROUP_CODE,STATUS")})
public class TicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_TICKET_IDS")
    @TableGenerator(name = "IT_TICKET_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "TICKET", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "NUMBER", length = 20, nullable = false, unique = true)
    String number;

    @Column(name = "REQUESTER", length = 200, nullable = false)
    String requester;

    @Column(name = "EMPLOYEE", length = 40)
    String employee;

    @Column(name = "TITLE", length = 200, nullable = false)
    String title;

    @Column(name = "DESCRIPTION", length = 4000)
    String description;

    @Column(name = "CATEGORY", length = 40)
    String category;

    @Column(name = "IMPACT", nullable = false)
    int impact;

    @Column(name = "URGENCY", nullable = false)
    int urgency;

    @Column(name = "PRIORITY", nullable = false)
    int priority;

    @Column(name = "GROUP_CODE", length = 40)
    String group;

    @Column(name = "AGENT", length = 200)
    String agent;

    @Column(name = "STATUS", length = 30, nullable = false)
    String status;

    @Column(name = "POLICY", length = 40)
    String policy;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "RESOLVED_AT")
    Instant resolvedAt;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CLOSED_AT")
    Instant closedAt;

    @Column(name = "MERGED_INTO", length = 20)
    String mergedInto;
}
