package org.backoffice.platform.api.audit;

import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records changes in the same database transaction as the change itself: the caller passes the entity manager of
 * its running transaction, so a rolled-back change leaves no audit record and a committed one always has one.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Writes one audit record through the caller's transaction. The user is the current {@code Actor} unless the
     * entry names one.
     *
     * @return the id of the new record
     */
    long record(EntityManager transaction, AuditEntry entry);

    /**
     * Writes several audit records through the caller's transaction in one JDBC batch; for writers that commit many
     * changes together. Each entry's user is the current {@code Actor} unless it names one.
     *
     * @return the ids of the new records, in list order
     */
    long[] recordAll(EntityManager transaction, List<AuditEntry> entries);

    /** Records newest first, filtered by the query's non-null fields. */
    Page<AuditRecord> find(AuditQuery query, PageRequest page);
}
