package org.backoffice.it.impl.assets;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.it.api.assets.LicencePurchase;
import org.backoffice.platform.api.Money;

/** One purchase or renewal of a licence: its history of seats and expiry. */
@Entity
@Table(name = "IT_LICENCE_PURCHASE", indexes = @Index(name = "IT_PURCHASE_LICENCE", columnList = "LICENCE_ID"))
public class PurchaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_LICENCE_PURCHASE_IDS")
    @TableGenerator(name = "IT_LICENCE_PURCHASE_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "LICENCE_PURCHASE", allocationSize = 50)
    Long id;

    @Column(name = "LICENCE_ID", nullable = false)
    long licenceId;

    @Column(name = "LICENCE_CODE", length = 40, nullable = false)
    String licenceCode;

    @Column(name = "PURCHASED_ON", nullable = false)
    LocalDate date;

    @Column(name = "SEATS_ADDED", nullable = false)
    int seats;

    @Column(name = "EXPIRY")
    LocalDate expiry;

    @Column(name = "COST", precision = 19, scale = 4)
    BigDecimal cost;

    @Column(name = "CURRENCY", length = 3)
    String currency;

    @Column(name = "NOTE", length = 500)
    String note;

    LicencePurchase toPurchase() {
        return new LicencePurchase(licenceCode, date, seats, expiry, cost == null ? null : Money.display(cost,
                currency), currency, note);
    }
}
