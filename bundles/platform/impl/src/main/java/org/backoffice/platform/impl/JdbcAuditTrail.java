package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

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
        if (entry.module() == null || entry.entity() == null || entry.entityId() == null || entry.action() == null) {
            throw new IllegalArgumentException("an audit entry needs module, entity, entityId and action: " + entry);
        }
        Connection connection = CallerTransaction.connectionOf(transaction);
        String user = entry.user() != null ? entry.user() : Actor.currentUser();
        try {
            schema.ensure();
            long id = ids.next();
            AuditStore.insert(connection, id, Instant.now(), user, entry);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit record for " + entry.entity() + " "
                    + entry.entityId(), e);
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
