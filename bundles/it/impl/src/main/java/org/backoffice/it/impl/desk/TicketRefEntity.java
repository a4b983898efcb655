package org.backoffice.it.impl.desk;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * What a ticket refers to: a watcher ({@code WATCHER}, a user name), a link ({@code RELATED}, {@code DUPLICATE_OF},
 * {@code CAUSED_BY}, a ticket number) or an asset ({@code ASSET}, a tag).
 */
@Entity
@Table(name = "IT_TICKET_REF", indexes = @Index(name = "IT_TICKET_REF_TICKET", columnList = "TICKET_ID,KIND"))
public class TicketRefEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_TICKET_REF_IDS")
    @TableGenerator(name = "IT_TICKET_REF_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "TICKET_REF", allocationSize = 50)
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "KIND", length = 20, nullable = false)
    String kind;

    @Column(name = "REF", length = 200, nullable = false)
    String ref;
}
