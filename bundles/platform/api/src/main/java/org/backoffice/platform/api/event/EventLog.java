package org.backoffice.platform.api.event;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Appends business events inside the caller's transaction (an event of a rolled-back change is never seen) and
 * lets administrators read the log and the subscribers' positions.
 *
 * <p>Event ids are gapless and follow commit order: appending takes the log's sequence row until the caller
 * commits. Append the event as the last step of a transaction, so that lock is held only briefly.
 */
@ProviderType
public interface EventLog {

    /**
     * Appends an event through the caller's transaction.
     *
     * @param topic   e.g. {@code org/backoffice/partners/PARTNER_CREATED}
     * @param key     the business id the event is about, e.g. a partner code
     * @param payload JSON-compatible values (strings, numbers, booleans, lists, maps)
     * @return the event id
     */
    long append(EntityManager transaction, String topic, String key, Map<String, ?> payload);

    /**
     * Appends several events through the caller's transaction with one sequence update, in list order; what a
     * writer that commits many changes together uses instead of one {@link #append} per change.
     *
     * @return the event ids, in list order (consecutive)
     */
    long[] appendAll(EntityManager transaction, List<NewEvent> events);

    /** Events with an id above {@code afterId}, oldest first; {@code topic} may end in {@code *}. */
    Page<BusinessEvent> find(String topic, long afterId, PageRequest page);

    /** Every subscriber that has ever registered, with its position and failure state. */
    List<SubscriptionStatus> subscriptions();
}
