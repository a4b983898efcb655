package org.backoffice.logistics.impl.purchasing;

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

/** Table LOG_GOODS_RECEIPT: immutable; its lines are in LOG_GOODS_RECEIPT_LINE. */
@Entity
@Table(name = "LOG_GOODS_RECEIPT", indexes = @Index(name = "LOG_GOODS_RECEIPT_ORDER_IX", columnList = "ORDER_ID"))
public class GoodsReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_GOODS_RECEIPT_IDS")
    @TableGenerator(name = "LOG_GOODS_RECEIPT_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "GOODS_RECEIPT", allocationSize = 20)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "REFERENCE", length = 100)
    private String reference;

    @Convert(converter = UtcInstant.class)
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "USER_NAME", length = 100, nullable = false)
    private String user;

    protected GoodsReceiptEntity() {
    }

    GoodsReceiptEntity(long orderId, String reference, Instant receivedAt, String user) {
        this.orderId = orderId;
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.user = user;
    }

    long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String user() {
        return user;
    }
}
