package org.backoffice.it.impl.assets;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.backoffice.it.api.assets.Licence;

/** A licence row; locked while a seat is given, so the seat count is exact under concurrency. */
@Entity
@Table(name = "IT_LICENCE")
public class LicenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "IT_LICENCE_IDS")
    @TableGenerator(name = "IT_LICENCE_IDS", table = "IT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "LICENCE", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION")
    Long version;

    @Column(name = "CODE", length = 40, nullable = false, unique = true)
    String code;

    @Column(name = "PRODUCT", length = 200, nullable = false)
    String product;

    @Column(name = "VENDOR", length = 200)
    String vendor;

    @Column(name = "LICENCE_KEY", length = 500)
    String key;

    @Column(name = "LICENCE_TYPE", length = 20, nullable = false)
    String type;

    @Column(name = "SEATS", nullable = false)
    int seats;

    @Column(name = "EXPIRY")
    LocalDate expiry;

    Licence toLicence(boolean withKey) {
        return new Licence(code, product, vendor, withKey ? key : null, type, seats, expiry, version);
    }
}
