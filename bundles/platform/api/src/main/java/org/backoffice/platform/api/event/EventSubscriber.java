package org.backoffice.platform.api.event;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by whoever wants events. The platform delivers every matching event after the
 * subscriber's stored position, in id order, starting from the beginning of the log the first time it sees the
 * subscriber. When {@link #onEvent} throws, the same event is offered again later (with growing pauses) and nothing
 * after it is delivered to this subscriber until it succeeds.
 */
@ConsumerType
public interface EventSubscriber {

    /** Stable id under which the position is stored; changing it restarts from the beginning. */
    String subscriberId();

    /** Exact topics, or prefixes ending in {@code *} such as {@code org/backoffice/partners/*}. */
    Set<String> topics();

    /** Handles one event; must be idempotent, as an event may come again after a failure or a restart. */
    void onEvent(BusinessEvent event) throws Exception;
}
