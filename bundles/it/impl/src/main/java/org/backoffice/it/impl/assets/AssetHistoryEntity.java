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

import org.backoffice.platform.api.persistence.UtcInstant;

/** One step of an asset's history. */
@Entity
@Table(name = "IT_ASSET_HISTORY", indexes = @Index(name = "IT_ASSET_HISTORY_ASSET", columnList = "ASSET_ID"))
public class AssetHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_ASSET_HISTORY_IDS")
    @TableGenerator(name = "IT_ASSET_HISTORY_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ASSET_HISTORY", allocationSize = 50)
    Long id;

    @Column(name = "ASSET_ID", nullable = false)
    long assetId;

    @Convert(converter = UtcInstant.class)
    @Column(name = "CHANGED_AT", nullable = false)
    Instant at;

    @Column(name = "USER_NAME", length = 200, nullable = false)
    String user;

    @Column(name = "STEP", length = 20, nullable = false)
    String action;

    @Column(name = "STATUS", length = 20, nullable = false)
    String status;

    @Column(name = "HOLDER", length = 200)
    String holder;

    @Column(name = "NOTE", length = 1000)
    String note;
}
