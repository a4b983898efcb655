package org.backoffice.platform.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditQuery;
import org.backoffice.platform.api.audit.AuditRecord;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.FieldChange;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "audit", description = "Shows the audit trail, newest first")
@Service
public class AuditCommand implements Action {

    @Reference
    AuditTrail audit;

    @Option(name = "--module", aliases = "-m", description = "Only this module, e.g. partners")
    String module;

    @Option(name = "--entity", aliases = "-e", description = "Only this entity type, e.g. Partner")
    String entity;

    @Option(name = "--id", description = "Only this entity id")
    String entityId;

    @Option(name = "--user", aliases = "-u", description = "Only changes by this user")
    String user;

    @Option(name = "--limit", aliases = "-n", description = "How many records (default 20, at most 500)")
    int limit = 20;

    @Override
    public Object execute() {
        Page<AuditRecord> page = audit.find(new AuditQuery(module, entity, entityId, user), PageRequest.first(limit));
        Table.of(AuditRecord.class)
                .column("Id", AuditRecord::id)
                .column("When (UTC)", AuditRecord::recordedAt)
                .column("User", AuditRecord::user)
                .column("Module", AuditRecord::module)
                .column("Entity", AuditRecord::entity)
                .column("Entity id", AuditRecord::entityId)
                .column("Action", AuditRecord::action)
                .column("Changes", 80, AuditCommand::describe)
                .print(page, "records");
        return null;
    }

    private static String describe(AuditRecord record) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : record.changes()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(change.field()).append(": ").append(change.oldValue()).append(" -> ").append(change.newValue());
        }
        return text.toString();
    }
}
