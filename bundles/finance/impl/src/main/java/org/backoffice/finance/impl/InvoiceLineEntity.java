package org.backoffice.finance.impl;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.InvoiceLine;
import org.backoffice.platform.api.Money;

/** Table FIN_INVOICE_LINE: lines of invoices and credit notes. */
@Entity
@Table(name = "FIN_INVOICE_LINE")
public class InvoiceLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_INVOICE_LINE_IDS")
    @TableGenerator(name = "FIN_INVOICE_LINE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "INVOICE_LINE", allocationSize = 100)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false)
    private InvoiceEntity invoice;

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

    protected InvoiceLineEntity() {
    }

    InvoiceLineEntity(InvoiceEntity invoice, InvoiceLine line) {
        this.invoice = invoice;
        this.lineNo = line.lineNo();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.taxCode = line.taxCode();
        this.taxRate = line.taxRate();
        this.account = line.account();
        this.net = line.net();
    }

    int lineNo() {
        return lineNo;
    }

    InvoiceLine toLine(String currency) {
        return new InvoiceLine(lineNo, description, quantity.stripTrailingZeros().setScale(Math.max(0,
                quantity.stripTrailingZeros().scale())), Money.display(unitPrice, currency), taxCode,
                taxRate.stripTrailingZeros(), account, Money.display(net, currency));
    }
}
