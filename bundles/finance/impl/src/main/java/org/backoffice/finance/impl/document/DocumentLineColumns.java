package org.backoffice.finance.impl.document;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.platform.api.Money;

/** The columns of a taxed document's line, shared by invoice and bill lines (each in its own table). */
@MappedSuperclass
public abstract class DocumentLineColumns {

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "DESCRIPTION", length = 500, nullable = false)
    private String description;

    @Column(name = "QUANTITY", precision = 19, scale = 4, nullable = false)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "TAX_CODE", length = 20, nullable = false)
    private String taxCode;

    @Column(name = "TAX_RATE", precision = 9, scale = 4, nullable = false)
    private BigDecimal taxRate;

    @Column(name = "ACCOUNT_CODE", length = 20, nullable = false)
    private String account;

    @Column(name = "NET", precision = 19, scale = 4, nullable = false)
    private BigDecimal net;

    protected DocumentLineColumns() {
    }

    public DocumentLineColumns(InvoiceLine line) {
        this.lineNo = line.lineNo();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.taxCode = line.taxCode();
        this.taxRate = line.taxRate();
        this.account = line.account();
        this.net = line.net();
    }

    public int lineNo() {
        return lineNo;
    }

    public InvoiceLine toLine(String currency) {
        return new InvoiceLine(lineNo, description, quantity.stripTrailingZeros().setScale(Math.max(0,
                quantity.stripTrailingZeros().scale())), Money.display(unitPrice, currency), taxCode,
                taxRate.stripTrailingZeros(), account, Money.display(net, currency));
    }
}
