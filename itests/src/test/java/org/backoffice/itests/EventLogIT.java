package org.backoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Inject;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.EventSubscriber;
import org.junit.Test;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The event log's guarantees in the running server, on the real database: events of rolled-back transactions are
 * never delivered, a failing subscriber gets the event again, and a late subscriber catches up.
 */
@ExamReactorStrategy(PerSuite.class)
public class EventLogIT extends BackofficeTestSupport {

    @Inject
    @Filter(timeout = 120_000) // registered once its unit is up: on a busy machine, later than boot
    protected EventLog eventLog;

    @Inject
    protected BundleContext bundleContext;

    /** Any module's unit will do for a transaction; the partners unit is installed at boot. */
    @Inject
    @Filter(value = "(osgi.unit.name=backoffice-partners)", timeout = 120_000)
    protected JpaTemplate jpa;

    private final String topic = "org/backoffice/test/" + UUID.randomUUID().toString().replace("-", "_") + "/EVT";

    private static final class Recorder implements EventSubscriber {
        private final String id = "test-" + UUID.randomUUID();
        private final Set<String> topics;
        private final List<BusinessEvent> received = new CopyOnWriteArrayList<>();
        private final AtomicBoolean failNext = new AtomicBoolean();

        Recorder(String topic) {
            this.topics = Set.of(topic);
        }

        @Override
        public String subscriberId() {
            return id;
        }

        @Override
        public Set<String> topics() {
            return topics;
        }

        @Override
        public void onEvent(BusinessEvent event) {
            received.add(event);
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("simulated handler failure");
            }
        }

        List<String> keys() {
            return received.stream().map(BusinessEvent::key).toList();
        }
    }

    private long append(String key) {
        return jpa.txExpr(TransactionType.Required, em -> eventLog.append(em, topic, key, Map.of("n", key)));
    }

    private ServiceRegistration<EventSubscriber> subscribe(Recorder recorder) {
        return bundleContext.registerService(EventSubscriber.class, recorder, null);
    }

    @Test
    public void rolledBackEventIsNeverDelivered() throws Exception {
        Recorder recorder = new Recorder(topic);
        ServiceRegistration<EventSubscriber> registration = subscribe(recorder);
        try {
            try {
                jpa.tx(TransactionType.Required, em -> {
                    eventLog.append(em, topic, "rolled-back", Map.of());
                    throw new IllegalStateException("business rule failed after the event was appended");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolled back
            }
            long committed = append("committed");
            eventually(10_000, "the committed event", () -> recorder.keys().contains("committed"));
            assertEquals(List.of("committed"), recorder.keys());
            assertEquals(committed, recorder.received.get(0).id());
            assertEquals(0, eventLog.find(topic, 0, org.backoffice.platform.api.PageRequest.first(10)).items()
                    .stream().filter(e -> e.key().equals("rolled-back")).count());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void failingSubscriberGetsTheEventAgain() throws Exception {
        Recorder recorder = new Recorder(topic);
        recorder.failNext.set(true);
        ServiceRegistration<EventSubscriber> registration = subscribe(recorder);
        try {
            long id = append("retried");
            append("after");
            eventually(15_000, "redelivery and the next event", () -> recorder.keys().contains("after"));
            // first attempt failed, second succeeded, and only then did the next event come
            assertEquals(List.of("retried", "retried", "after"), recorder.keys());
            assertEquals(id, recorder.received.get(0).id());
            assertEquals(id, recorder.received.get(1).id());
            String status = http().as("admin").get("/api/events/subscriptions").body();
            assertTrue(status, status.contains(recorder.subscriberId()));
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void lateSubscriberReceivesEarlierEvents() throws Exception {
        append("one");
        append("two");
        append("three");
        Recorder late = new Recorder(topic);
        ServiceRegistration<EventSubscriber> registration = subscribe(late);
        try {
            eventually(10_000, "three earlier events", () -> late.keys().size() >= 3);
            assertEquals(List.of("one", "two", "three"), late.keys());
            assertFalse(late.received.get(0).user().isEmpty());
        } finally {
            registration.unregister();
        }
        String console = shell("backoffice:subscriptions");
        assertTrue(console, console.contains(late.subscriberId()));
        String events = shell("backoffice:events --topic " + topic);
        assertTrue(events, events.contains("3 of 3 events"));
    }
}
