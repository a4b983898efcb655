package org.backoffice.finance.impl.payables;

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

/** Table FIN_BILL_LINE: lines of supplier bills (accounts are expense or asset accounts). */
@Entity
@Table(name = "FIN_BILL_LINE")
public class BillLineEntity extends DocumentLineColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_BILL_LINE_IDS")
    @TableGenerator(name = "FIN_BILL_LINE_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "BILL_LINE", allocationSize = 100)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "BILL_ID", nullable = false)
    private BillEntity bill;

    protected BillLineEntity() {
    }

    BillLineEntity(BillEntity bill, InvoiceLine line) {
        super(line);
        this.bill = bill;
    }
}
