package org.backoffice.platform.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventSubscriber;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventDeliveryTest {

    private static final String TOPIC = "org/backoffice/test/THING_HAPPENED";

    private DataSource database;
    private MutableClock clock;
    private EventDelivery delivery;
    private final EventJson json = new EventJson();

    @BeforeEach
    void setUp() throws SQLException {
        database = DerbyDatabase.create();
        clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        delivery = new EventDelivery(database, new PlatformSchema(database), json, clock, 1000, 60_000, 2);
    }

    private long append(boolean commit, String key) throws SQLException {
        return DerbyDatabase.inTransaction(database, commit, c -> EventStore.append(c, List.of(new EventStore.Row(TOPIC,
                key, clock.instant(), "tester", json.write(Map.of("key", key, "amount", new BigDecimal("12.50")))))));
    }

    @Test
    void eventOfRolledBackTransactionIsNeverDelivered() throws SQLException {
        Recorder recorder = new Recorder("r", Set.of(TOPIC));
        delivery.add(recorder);
        append(false, "rolled-back");
        long committed = append(true, "committed");
        deliverAll();
        assertEquals(List.of("committed"), recorder.keys());
        // the rolled-back transaction gave its id back: ids stay gapless
        assertEquals(1, committed);
    }

    @Test
    void failingSubscriberGetsTheSameEventAgainAndNothingAfterItMeanwhile() throws SQLException {
        Recorder recorder = new Recorder("r", Set.of(TOPIC));
        recorder.failuresLeft = 2;
        delivery.add(recorder);
        long first = append(true, "first");
        append(true, "second");

        delivery.deliverPending();
        assertEquals(List.of("first"), recorder.keys());
        delivery.deliverPending(); // too early for the retry
        assertEquals(1, recorder.received.size());

        clock.advance(Duration.ofMillis(1000));
        delivery.deliverPending(); // second attempt fails too; the pause doubles
        assertEquals(List.of("first", "first"), recorder.keys());
        clock.advance(Duration.ofMillis(1000));
        delivery.deliverPending();
        assertEquals(2, recorder.received.size());

        clock.advance(Duration.ofMillis(1000));
        deliverAll();
        assertEquals(List.of("first", "first", "first", "second"), recorder.keys());
        assertTrue(recorder.received.stream().limit(3).allMatch(e -> e.id() == first));

        SubscriptionStatus status = status("r");
        assertEquals(0, status.failures());
        assertEquals(first + 1, status.position());
    }

    @Test
    void lateSubscriberCatchesUpFromTheBeginning() throws SQLException {
        append(true, "one");
        append(true, "two");
        append(true, "three");
        Recorder late = new Recorder("late", Set.of(TOPIC));
        delivery.add(late);
        deliverAll();
        assertEquals(List.of("one", "two", "three"), late.keys());
        assertEquals(new BigDecimal("12.50"), late.received.get(0).payload().get("amount"));
        assertEquals("tester", late.received.get(0).user());
    }

    @Test
    void positionSurvivesARestartSoNothingIsDeliveredTwiceAfterSuccess() throws SQLException {
        Recorder recorder = new Recorder("r", Set.of(TOPIC));
        delivery.add(recorder);
        append(true, "one");
        deliverAll();
        EventDelivery restarted = new EventDelivery(database, new PlatformSchema(database), json, clock, 1000, 60_000, 2);
        Recorder again = new Recorder("r", Set.of(TOPIC));
        restarted.add(again);
        append(true, "two");
        while (restarted.deliverPending()) {
            // drain
        }
        assertEquals(List.of("two"), again.keys());
    }

    @Test
    void subscribersSeeOnlyTheirTopicsAndPrefixesMatch() throws SQLException {
        Recorder exact = new Recorder("exact", Set.of("org/backoffice/other/X"));
        Recorder prefix = new Recorder("prefix", Set.of("org/backoffice/test/*"));
        delivery.add(exact);
        delivery.add(prefix);
        append(true, "a");
        append(true, "b");
        append(true, "c");
        deliverAll();
        assertTrue(exact.received.isEmpty());
        assertEquals(List.of("a", "b", "c"), prefix.keys());
        // the exact subscriber still advanced past events it does not want
        assertEquals(3, status("exact").position());
    }

    @Test
    void eventsAppendedTogetherGetConsecutiveIdsInListOrder() throws SQLException {
        append(true, "before");
        long first = DerbyDatabase.inTransaction(database, true, c -> EventStore.append(c, List.of(
                new EventStore.Row(TOPIC, "x", clock.instant(), "tester", "{}"),
                new EventStore.Row(TOPIC, "y", clock.instant(), "tester", "{}"),
                new EventStore.Row(TOPIC, "z", clock.instant(), "tester", "{}"))));
        assertEquals(2, first);
        try (Connection c = database.getConnection()) {
            List<StoredEvent> events = EventStore.after(c, 1, 10);
            assertEquals(List.of(2L, 3L, 4L), events.stream().map(StoredEvent::id).toList());
            assertEquals(List.of("x", "y", "z"), events.stream().map(StoredEvent::key).toList());
        }
    }

    @Test
    void findFiltersByTopicPrefixWithoutTreatingUnderscoreAsWildcard() throws SQLException {
        append(true, "a");
        DerbyDatabase.inTransaction(database, true, c -> EventStore.append(c, List.of(
                new EventStore.Row("org/backoffice/testXTHING", "b", clock.instant(), "tester", "{}"))));
        try (Connection c = database.getConnection()) {
            assertEquals(1, EventStore.count(c, "org/backoffice/test/THING_*", 0));
            assertEquals(2, EventStore.count(c, "org/backoffice/test*", 0));
            assertEquals(1, EventStore.find(c, TOPIC, 0, 0, 10).size());
            assertEquals(0, EventStore.find(c, TOPIC, 1, 0, 10).size());
        }
    }

    private void deliverAll() {
        for (int i = 0; i < 20 && delivery.deliverPending(); i++) {
            // drain full batches
        }
        delivery.deliverPending();
    }

    private SubscriptionStatus status(String id) throws SQLException {
        try (Connection c = database.getConnection()) {
            return EventStore.subscriptions(c, Set.of()).stream().filter(s -> s.subscriberId().equals(id))
                    .findFirst().orElseThrow();
        }
    }

    private static final class Recorder implements EventSubscriber {
        private final String id;
        private final Set<String> topics;
        private final List<BusinessEvent> received = new ArrayList<>();
        private int failuresLeft;

        Recorder(String id, Set<String> topics) {
            this.id = id;
            this.topics = topics;
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
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("handler failed");
            }
        }

        List<String> keys() {
            return received.stream().map(BusinessEvent::key).toList();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void emptyPassWithoutSubscribersTouchesNothing() {
        assertFalse(delivery.deliverPending());
    }
}
