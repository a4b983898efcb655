package org.backoffice.platform.support.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;
import org.backoffice.platform.api.event.SubscriptionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatchUpStartTest {

    private static final String ID = "org.backoffice.bridge.example.documents";

    @TempDir
    File data;

    /** A log of {@code events} events (ids 1..n) that knows the given subscribers. */
    private static EventLog log(int events, String... subscribers) {
        List<BusinessEvent> all = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            all.add(new BusinessEvent(i, "t", "k", Instant.EPOCH, "u", Map.of()));
        }
        return (EventLog) Proxy.newProxyInstance(CatchUpStartTest.class.getClassLoader(),
                new Class<?>[] {EventLog.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "subscriptions" -> List.of(subscribers).stream()
                            .map(s -> new SubscriptionStatus(s, 3, 0, null, Instant.EPOCH, false)).toList();
                    case "find" -> {
                        PageRequest page = (PageRequest) args[2];
                        List<BusinessEvent> items = all.subList(Math.min(page.offset(), all.size()),
                                Math.min(page.offset() + page.limit(), all.size()));
                        yield Page.of(items, all.size(), page);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void fromTheBeginningIgnoresNothing() throws Exception {
        assertEquals(0, CatchUpStart.ignoreUpTo(false, log(7), ID,
                new File(data, "note")));
    }

    @Test
    void fromInstallationIgnoresTheLogAsItWasAtTheFirstStartAndRemembersIt() throws Exception {
        File note = new File(data, "note");
        assertEquals(7, CatchUpStart.ignoreUpTo(true, log(7), ID, note));
        // restarted before the platform stored a position past event 7: the log has grown, the mark has not
        assertEquals(7, CatchUpStart.ignoreUpTo(true, log(12, ID), ID, note));
    }

    @Test
    void fromInstallationLeavesAKnownSubscriptionAtItsPosition() throws Exception {
        assertEquals(0, CatchUpStart.ignoreUpTo(true, log(12, ID), ID,
                new File(data, "note")));
        assertEquals(0, CatchUpStart.ignoreUpTo(true, log(0), ID,
                new File(data, "other")));
    }
}
