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
import javax.persistence.Version;

import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetStatus;

/** An asset row. */
@Entity
@Table(name = "IT_ASSET", indexes = {
    @Index(name = "IT_ASSET_HOLDER", columnList = "HOLDER"),
    @Index(name = "IT_ASSET_WARRANTY", columnList = "WARRANTY_END")})
public class AssetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_ASSET_IDS")
    @TableGenerator(name = "IT_ASSET_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ASSET", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "TAG", length = 40, nullable = false, unique = true)
    String tag;

    @Column(name = "SERIAL", length = 100)
    String serial;

    @Column(name = "MODEL", length = 200)
    String model;

    @Column(name = "MANUFACTURER", length = 200)
    String manufacturer;

    @Column(name = "CATEGORY", length = 40, nullable = false)
    String category;

    @Column(name = "PURCHASE_DATE")
    LocalDate purchaseDate;

    @Column(name = "COST", precision = 19, scale = 4)
    BigDecimal cost;

    @Column(name = "CURRENCY", length = 3)
    String currency;

    @Column(name = "SUPPLIER", length = 200)
    String supplier;

    @Column(name = "WARRANTY_END")
    LocalDate warrantyEnd;

    @Column(name = "LOCATION", length = 200)
    String location;

    @Column(name = "STATUS", length = 20, nullable = false)
    String status;

    @Column(name = "HOLDER", length = 200)
    String holder;

    @Column(name = "ATTACHED_TO", length = 40)
    String attachedTo;

    Asset toAsset() {
        return new Asset(tag, serial, model, manufacturer, category, purchaseDate,
                cost == null ? null : org.backoffice.platform.api.Money.display(cost, currency), currency, supplier,
                warrantyEnd, location, AssetStatus.valueOf(status), holder, attachedTo, version);
    }
}
