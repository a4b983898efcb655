package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventSubscriber;

/**
 * Delivers stored events to subscribers, each from its own position, in id order, at least once. A failing event is
 * retried after a pause that doubles up to a maximum, and blocks later events for that subscriber only.
 * Single-threaded by design: the owner calls {@link #deliverPending()} from one thread.
 */
final class EventDelivery {

    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());

    private final DataSource dataSource;
    private final PlatformSchema schema;
    private final EventJson json;
    private final Clock clock;
    private final long retryInitialMillis;
    private final long retryMaxMillis;
    private final int batchSize;
    private final Map<String, EventSubscriber> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();

    private record Retry(int failures, Instant notBefore) {
    }

    EventDelivery(DataSource dataSource, PlatformSchema schema, EventJson json, Clock clock, long retryInitialMillis,
            long retryMaxMillis, int batchSize) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.json = json;
        this.clock = clock;
        this.retryInitialMillis = retryInitialMillis;
        this.retryMaxMillis = retryMaxMillis;
        this.batchSize = batchSize;
    }

    void add(EventSubscriber subscriber) {
        subscribers.put(subscriber.subscriberId(), subscriber);
        retries.remove(subscriber.subscriberId());
    }

    void remove(EventSubscriber subscriber) {
        subscribers.remove(subscriber.subscriberId(), subscriber);
    }

    Set<String> activeSubscriberIds() {
        return Set.copyOf(subscribers.keySet());
    }

    /**
     * One pass over every subscriber.
     *
     * @return whether some subscriber got a full batch and may have more waiting
     */
    boolean deliverPending() {
        if (subscribers.isEmpty()) {
            return false;
        }
        boolean more = false;
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            connection.setAutoCommit(true);
            long lastId = EventStore.lastId(connection);
            for (EventSubscriber subscriber : subscribers.values()) {
                more |= deliverTo(connection, subscriber, lastId);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "event delivery paused: the database is not available", e);
        }
        return more;
    }

    private boolean deliverTo(Connection connection, EventSubscriber subscriber, long lastId) throws SQLException {
        String id = subscriber.subscriberId();
        Retry retry = retries.get(id);
        if (retry != null && clock.instant().isBefore(retry.notBefore())) {
            return false;
        }
        long position = EventStore.position(connection, id);
        if (position >= lastId) {
            return false;
        }
        List<StoredEvent> events = EventStore.after(connection, position, batchSize);
        Set<String> topics = subscriber.topics();
        long stored = position;
        for (StoredEvent event : events) {
            if (EventStore.matches(topics, event.topic())) {
                try {
                    subscriber.onEvent(toBusinessEvent(event));
                } catch (Exception | LinkageError e) {
                    int failures = retry == null ? 1 : retry.failures() + 1;
                    long pause = Math.min(retryMaxMillis, retryInitialMillis << Math.min(failures - 1, 20));
                    retries.put(id, new Retry(failures, clock.instant().plusMillis(pause)));
                    EventStore.failed(connection, id, position, failures, e.toString());
                    LOG.log(Level.WARNING, "subscriber " + id + " failed on event " + event.id() + " ("
                            + event.topic() + "), attempt " + failures + "; retrying in " + pause + " ms", e);
                    return false;
                }
                retries.remove(id);
                retry = null;
                // stored after every handled event, so a restart repeats at most the event in hand
                EventStore.advance(connection, id, event.id());
                stored = event.id();
            }
            position = event.id();
        }
        if (position != stored) {
            EventStore.advance(connection, id, position); // skipped events of other topics, in one write
        }
        return events.size() == batchSize;
    }

    private BusinessEvent toBusinessEvent(StoredEvent stored) {
        Map<String, Object> payload = json.read(stored.payload());
        return new BusinessEvent(stored.id(), stored.topic(), stored.key(), stored.occurredAt(), stored.user(),
                payload);
    }
}
