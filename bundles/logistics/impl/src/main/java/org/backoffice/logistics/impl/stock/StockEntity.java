package org.backoffice.logistics.impl.stock;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Table LOG_STOCK: one row per product and location. Mapped so the unit creates the table and queries can read it;
 * rows are only ever inserted and changed by {@link StockRows}' conditional SQL inside a move's transaction.
 */
@Entity
@Table(name = "LOG_STOCK")
@IdClass(StockEntity.Key.class)
public class StockEntity {

    @Id
    @Column(name = "PRODUCT_ID", nullable = false)
    private long productId;

    @Id
    @Column(name = "LOCATION_ID", nullable = false)
    private long locationId;

    @Column(name = "ON_HAND", precision = 19, scale = 4, nullable = false)
    private BigDecimal onHand;

    @Column(name = "RESERVED", precision = 19, scale = 4, nullable = false)
    private BigDecimal reserved;

    protected StockEntity() {
    }

    long productId() {
        return productId;
    }

    long locationId() {
        return locationId;
    }

    BigDecimal onHand() {
        return onHand;
    }

    BigDecimal reserved() {
        return reserved;
    }

    /** The composite primary key. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long productId;
        private long locationId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.productId == productId && key.locationId == locationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, locationId);
        }
    }
}
