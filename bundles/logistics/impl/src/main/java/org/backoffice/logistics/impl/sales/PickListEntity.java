package org.backoffice.logistics.impl.sales;

import java.time.Instant;
import java.util.List;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.backoffice.logistics.api.sales.PickList;
import org.backoffice.logistics.api.sales.PickListStatus;
import org.backoffice.platform.support.jpa.AuthoredRow;

/** Table LOG_PICK_LIST: a pick list head; its lines are in LOG_PICK_LINE. */
@Entity
@Table(name = "LOG_PICK_LIST")
@AttributeOverride(name = "createdBy", column = @Column(name = "CREATED_BY", length = 100, nullable = false))
public class PickListEntity extends AuthoredRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "LOG_PICK_LIST_IDS")
    @TableGenerator(name = "LOG_PICK_LIST_IDS", table = "LOG_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PICK_LIST", allocationSize = 50)
    private Long id;

    @Column(name = "LIST_NUMBER", length = 20, nullable = false, unique = true)
    private String number;

    @Column(name = "WAREHOUSE", length = 20, nullable = false)
    private String warehouse;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private PickListStatus status;

    protected PickListEntity() {
    }

    PickListEntity(String number, String warehouse, String createdBy, Instant createdAt) {
        super(createdAt, createdBy);
        this.number = number;
        this.warehouse = warehouse;
        this.status = PickListStatus.OPEN;
    }

    /** Every line of the list is confirmed. */
    void done() {
        status = PickListStatus.DONE;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String warehouse() {
        return warehouse;
    }

    PickListStatus status() {
        return status;
    }

    PickList toPickList(List<Long> orders, List<PickList.Line> lines) {
        return new PickList(id, number, status, warehouse, orders, lines, createdBy(), createdAt());
    }
}
