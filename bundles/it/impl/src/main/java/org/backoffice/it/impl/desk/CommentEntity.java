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

/** A public comment or internal note of a ticket. */
@Entity
@Table(name = "IT_COMMENT", indexes = @Index(name = "IT_COMMENT_TICKET", columnList = "TICKET_ID"))
public class CommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_COMMENT_IDS")
    @TableGenerator(name = "IT_COMMENT_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "COMMENT", allocationSize = 50)
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "AUTHOR", length = 200, nullable = false)
    String author;

    @Column(name = "TEXT", length = 4000, nullable = false)
    String text;

    @Column(name = "INTERNAL", nullable = false)
    boolean internal;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
