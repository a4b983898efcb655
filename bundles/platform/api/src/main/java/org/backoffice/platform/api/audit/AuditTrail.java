package org.backoffice.platform.api.audit;

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

    /** Records newest first, filtered by the query's non-null fields. */
    Page<AuditRecord> find(AuditQuery query, PageRequest page);
}
