package org.backoffice.finance.impl.ledger;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.backoffice.platform.api.persistence.UtcInstant;

/** Table FIN_IDEMPOTENCY: the entry recorded for an Idempotency-Key, and a hash of the request that carried it. */
@Entity
@Table(name = "FIN_IDEMPOTENCY")
public class IdempotencyEntity {

    @Id
    @Column(name = "KEY_VALUE", length = 200)
    private String key;

    @Column(name = "REQUEST_HASH", length = 64, nullable = false)
    private String requestHash;

    @Column(name = "ENTRY_ID", nullable = false)
    private long entryId;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected IdempotencyEntity() {
    }

    IdempotencyEntity(String key, String requestHash, long entryId, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.entryId = entryId;
        this.createdAt = createdAt;
    }

    String requestHash() {
        return requestHash;
    }

    long entryId() {
        return entryId;
    }
}
