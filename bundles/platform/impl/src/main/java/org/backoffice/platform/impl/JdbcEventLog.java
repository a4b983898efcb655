package org.backoffice.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.EventSubscriber;
import org.backoffice.platform.api.event.NewEvent;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/** The event log service and its delivery thread. */
@Component(service = EventLog.class, immediate = true, configurationPid = "org.backoffice.platform.events")
@Designate(ocd = EventLogConfig.class)
public final class JdbcEventLog implements EventLog {

    private static final Logger LOG = Logger.getLogger(JdbcEventLog.class.getName());

    private final DataSource dataSource;
    private final PlatformSchema schema;
    private final EventJson json = new EventJson();
    private final EventDelivery delivery;
    private final ScheduledExecutorService deliveryThread;

    @Activate
    public JdbcEventLog(@Reference(target = PlatformDataSource.TARGET) DataSource dataSource, EventLogConfig config) {
        this.dataSource = dataSource;
        this.schema = new PlatformSchema(dataSource);
        this.delivery = new EventDelivery(dataSource, schema, json, Clock.systemUTC(), config.retryInitialMillis(),
                config.retryMaxMillis(), config.batchSize());
        this.deliveryThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backoffice-event-delivery");
            thread.setDaemon(true);
            return thread;
        });
        deliveryThread.scheduleWithFixedDelay(this::deliver, config.pollIntervalMillis(), config.pollIntervalMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSubscriber(EventSubscriber subscriber) {
        delivery.add(subscriber);
    }

    void removeSubscriber(EventSubscriber subscriber) {
        delivery.remove(subscriber);
    }

    @Deactivate
    void stop() throws InterruptedException {
        deliveryThread.shutdownNow();
        deliveryThread.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public long append(EntityManager transaction, String topic, String key, Map<String, ?> payload) {
        return appendAll(transaction, List.of(NewEvent.of(topic, key, payload)))[0];
    }

    @Override
    public long[] appendAll(EntityManager transaction, List<NewEvent> events) {
        if (events.isEmpty()) {
            return new long[0];
        }
        Instant now = Instant.now();
        List<EventStore.Row> rows = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            String topic = event.topic();
            if (topic == null || topic.isBlank() || topic.endsWith("*")) {
                throw new IllegalArgumentException("an event needs a concrete topic, got: " + topic);
            }
            String text = json.write(event.payload());
            if (text.length() > EventStore.MAX_PAYLOAD) {
                throw new IllegalArgumentException("event payload of " + text.length() + " characters exceeds "
                        + EventStore.MAX_PAYLOAD);
            }
            rows.add(new EventStore.Row(topic, event.key(), now,
                    event.user() != null ? event.user() : Actor.currentUser(), text));
        }
        try {
            schema.ensure();
            long first = EventStore.append(CallerTransaction.connectionOf(transaction), rows);
            long[] ids = new long[rows.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = first + i;
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not append event " + events.get(0).topic(), e);
        }
    }

    @Override
    public Page<BusinessEvent> find(String topic, long afterId, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            long total = EventStore.count(connection, topic, afterId);
            List<BusinessEvent> events = EventStore.find(connection, topic, afterId, page.offset(), page.limit())
                    .stream()
                    .map(e -> new BusinessEvent(e.id(), e.topic(), e.key(), e.occurredAt(), e.user(),
                            json.read(e.payload())))
                    .toList();
            return Page.of(events, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event log", e);
        }
    }

    @Override
    public List<SubscriptionStatus> subscriptions() {
        try (Connection connection = dataSource.getConnection()) {
            schema.ensure();
            return EventStore.subscriptions(connection, delivery.activeSubscriberIds());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the subscriptions", e);
        }
    }

    private void deliver() {
        try {
            int passes = 0;
            while (delivery.deliverPending() && ++passes < 50) {
                // a full batch was delivered: keep going while there is more, but yield now and then
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event delivery pass failed", e);
        }
    }
}
