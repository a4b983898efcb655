package org.backoffice.finance.impl.receivables;

import java.sql.Types;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.finance.impl.document.AllocationColumns;

/** Table FIN_RECEIPT_ALLOCATION: a part of a receipt applied to an invoice, as of a day. Never changed. */
@Entity
@Table(name = "FIN_RECEIPT_ALLOCATION", indexes = {
        @Index(name = "FIN_ALLOC_RECEIPT_IX", columnList = "RECEIPT_ID"),
        @Index(name = "FIN_ALLOC_INVOICE_IX", columnList = "INVOICE_ID")})
public class AllocationEntity extends AllocationColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FIN_ALLOCATION_IDS")
    @TableGenerator(name = "FIN_ALLOCATION_IDS", table = "FIN_ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RECEIPT_ALLOCATION", allocationSize = 500)
    private Long id;

    @Column(name = "RECEIPT_ID", nullable = false)
    private long receipt;

    @Column(name = "INVOICE_ID", nullable = false)
    private long invoice;

    /** Allocations are written through JDBC by the receipts' posting (one statement per group, no entity). */
    static final String INSERT = "INSERT INTO FIN_RECEIPT_ALLOCATION (ID, RECEIPT_ID, INVOICE_ID, AMOUNT, ALLOC_DATE,"
            + " CREATED_AT)";
    static final int[] COLUMN_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.DATE,
        Types.TIMESTAMP};

    protected AllocationEntity() {
    }

    long receipt() {
        return receipt;
    }

    long invoice() {
        return invoice;
    }
}
