package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditTrail.class)
public final class JdbcAuditTrail implements AuditTrail {

    private final DataSource dataSource;
    private final PlatformSchema schema;
    private final IdBlocks ids;

    @Activate
    public JdbcAuditTrail(@Reference(target = PlatformDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
        this.schema = new PlatformSchema(dataSource);
        this.ids = new IdBlocks(dataSource, PlatformSchema.SEQUENCE_AUDIT, 100);
    }

    @Override
    public long record(EntityManager transaction, AuditEntry entry) {
        return recordAll(transaction, List.of(entry))[0];
    }

    @Override
    public long[] recordAll(EntityManager transaction, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            if (entry.module() == null || entry.entity() == null || entry.entityId() == null
                    || entry.action() == null) {
                throw new IllegalArgumentException("an audit entry needs module, entity, entityId and action: "
                        + entry);
            }
        }
        Connection connection = CallerTransaction.connectionOf(transaction);
        Instant now = Instant.now();
        try {
            schema.ensure();
            List<AuditStore.Row> rows = new ArrayList<>(entries.size());
            long[] ids = new long[entries.size()];
            // one block for the whole batch: a group of thousands of records reserves once, not once per 100
            long first = entries.isEmpty() ? 0 : this.ids.next(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry entry = entries.get(i);
                ids[i] = first + i;
                rows.add(new AuditStore.Row(ids[i], now, entry.user() != null ? entry.user() : Actor.currentUser(),
                        entry));
            }
            AuditStore.insert(connection, rows);
            return ids;
        } catch (SQLException e) {
            AuditEntry first = entries.isEmpty() ? null : entries.get(0);
            throw new IllegalStateException("could not write the audit record for "
                    + (first == null ? "nothing" : first.entity() + " " + first.entityId()), e);
        }
    }

    @Override
    public Page<AuditRecord> find(AuditQuery query, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            return AuditStore.find(connection, query, page);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
    }
}
