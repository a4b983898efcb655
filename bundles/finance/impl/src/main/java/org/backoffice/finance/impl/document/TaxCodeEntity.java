package org.backoffice.finance.impl.document;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.backoffice.finance.api.document.TaxCode;
import org.backoffice.platform.support.jpa.VersionedRow;

/** Table FIN_TAX_CODE. */
@Entity
@Table(name = "FIN_TAX_CODE", uniqueConstraints = @UniqueConstraint(name = "FIN_TAX_CODE_UK", columnNames = "CODE"))
public class TaxCodeEntity extends VersionedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_TAX_CODE_IDS")
    @TableGenerator(name = "FIN_TAX_CODE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "TAX_CODE", allocationSize = 10)
    private Long id;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "RATE", precision = 9, scale = 4, nullable = false)
    private BigDecimal rate;

    @Column(name = "OUTPUT_ACCOUNT", length = 20, nullable = false)
    private String outputAccount;

    @Column(name = "INPUT_ACCOUNT", length = 20, nullable = false)
    private String inputAccount;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected TaxCodeEntity() {
    }

    TaxCodeEntity(TaxCode taxCode) {
        this.code = taxCode.code();
        this.active = true;
        apply(taxCode);
    }

    void apply(TaxCode taxCode) {
        name = taxCode.name();
        rate = taxCode.rate();
        outputAccount = taxCode.outputAccount();
        inputAccount = taxCode.inputAccount();
        if (taxCode.active() != null) {
            active = taxCode.active();
        }
    }

    String code() {
        return code;
    }

    BigDecimal rate() {
        return rate;
    }

    public String outputAccount() {
        return outputAccount;
    }

    public String inputAccount() {
        return inputAccount;
    }

    boolean active() {
        return active;
    }

    TaxCode toTaxCode() {
        return new TaxCode(code, name, rate.stripTrailingZeros().setScale(Math.max(2,
                rate.stripTrailingZeros().scale())), outputAccount, inputAccount, active, version());
    }
}
