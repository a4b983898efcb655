package org.backoffice.partners.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.partners.api.Partner;
import org.backoffice.partners.api.PartnerRole;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.support.jpa.AddressColumns;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.persistence.UtcInstant;
import org.backoffice.platform.support.jpa.CreatedVersionedRow;

/** Table PRT_PARTNER. Never leaves the service: {@link #toPartner()} is what callers get. */
@Entity
@Table(name = "PRT_PARTNER", uniqueConstraints = @UniqueConstraint(name = "PRT_PARTNER_CODE_UK", columnNames = "CODE"))
public class PartnerEntity extends CreatedVersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PRT_IDS")
    @TableGenerator(name = "PRT_IDS", table = "PRT_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PARTNER", allocationSize = 50)
    private Long id;

    @Column(name = "CODE", length = 40, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "IS_CUSTOMER", nullable = false)
    private boolean customer;

    @Column(name = "IS_SUPPLIER", nullable = false)
    private boolean supplier;

    @Column(name = "TAX_ID", length = 50)
    private String taxId;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 50)
    private String phone;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "BILLING_STREET", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "BILLING_CITY", length = 100)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "BILLING_POSTAL_CODE", length = 20)),
        @AttributeOverride(name = "country", column = @Column(name = "BILLING_COUNTRY", length = 2))})
    private AddressColumns billingAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "SHIPPING_STREET", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "SHIPPING_CITY", length = 100)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "SHIPPING_POSTAL_CODE", length = 20)),
        @AttributeOverride(name = "country", column = @Column(name = "SHIPPING_COUNTRY", length = 2))})
    private AddressColumns shippingAddress;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    @Column(name = "PAYMENT_TERMS_DAYS")
    private Integer paymentTermsDays;

    @Column(name = "CREDIT_LIMIT", precision = 19, scale = 4)
    private BigDecimal creditLimit;

    @Column(name = "IBAN", length = 34)
    private String iban;

    @Column(name = "BIC", length = 11)
    private String bic;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "NOTES", length = 4000)
    private String notes;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected PartnerEntity() {
    }

    private PartnerEntity(Instant now) {
        super(now);
    }

    static PartnerEntity create(Partner partner, Instant now) {
        PartnerEntity entity = new PartnerEntity(now);
        entity.code = partner.code();
        entity.apply(partner, now);
        entity.active = partner.active() == null || partner.active();
        return entity;
    }

    /** Copies every field but code, id and version. */
    void apply(Partner partner, Instant now) {
        name = partner.name();
        customer = partner.hasRole(PartnerRole.CUSTOMER);
        supplier = partner.hasRole(PartnerRole.SUPPLIER);
        taxId = partner.taxId();
        email = partner.email();
        phone = partner.phone();
        billingAddress = AddressColumns.of(partner.billingAddress());
        shippingAddress = AddressColumns.of(partner.shippingAddress());
        currency = partner.currency();
        paymentTermsDays = partner.paymentTermsDays();
        creditLimit = partner.creditLimit();
        iban = BankIdentifiers.normalizeIban(partner.iban());
        bic = partner.bic() == null ? null : partner.bic().toUpperCase(Locale.ROOT);
        if (partner.active() != null) {
            active = partner.active();
        }
        notes = partner.notes();
        updatedAt = now;
    }

    /** Changes nothing, not even the version, when the partner already is {@code active}. */
    void setActive(boolean active, Instant now) {
        if (this.active == active) {
            return;
        }
        this.active = active;
        this.updatedAt = now;
    }

    String code() {
        return code;
    }

    Partner toPartner() {
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (customer) {
            roles.add(PartnerRole.CUSTOMER);
        }
        if (supplier) {
            roles.add(PartnerRole.SUPPLIER);
        }
        return new Partner(code, name, roles, taxId, email, phone, AddressColumns.toAddress(billingAddress),
                AddressColumns.toAddress(shippingAddress), currency, paymentTermsDays,
                Money.display(creditLimit, currency), iban, bic, active, notes, version());
    }
}
