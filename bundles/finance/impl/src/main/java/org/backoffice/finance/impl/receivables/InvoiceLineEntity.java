package org.backoffice.finance.impl.receivables;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.impl.document.DocumentLineColumns;

/** Table FIN_INVOICE_LINE: lines of invoices and credit notes. */
@Entity
@Table(name = "FIN_INVOICE_LINE")
public class InvoiceLineEntity extends DocumentLineColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_INVOICE_LINE_IDS")
    @TableGenerator(name = "FIN_INVOICE_LINE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "INVOICE_LINE", allocationSize = 100)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "INVOICE_ID", nullable = false)
    private InvoiceEntity invoice;

    protected InvoiceLineEntity() {
    }

    InvoiceLineEntity(InvoiceEntity invoice, InvoiceLine line) {
        super(line);
        this.invoice = invoice;
    }
}
