package org.backoffice.platform.support.event;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.event.BusinessEvent;
import org.backoffice.platform.api.event.EventLog;

/**
 * Where a bridge (any subscriber that may be installed after the events it cares about) starts in the event log. The platform delivers from the beginning of the log to a subscriber id it
 * has never seen, which is {@code FROM_BEGINNING}. For {@code FROM_INSTALLATION} the bridge notes the log's last event
 * id when its subscription does not exist yet and ignores events up to it. The note is kept in the bundle's data
 * area, so a restart while the platform is still skipping through the old events does not lose it; once the stored
 * position has passed it, the platform's position alone decides, as for FROM_BEGINNING (a bridge removed with
 * finance and installed again continues where it stopped, invoicing what was dispatched in between).
 */
public final class CatchUpStart {

    private CatchUpStart() {
    }

    /**
     * The id of the last event to ignore: 0 for everything.
     *
     * @param note where the decision is remembered; may be null when there is no bundle data area
     */
    public static long ignoreUpTo(boolean fromInstallation, EventLog events, String subscriberId, File note)
            throws IOException {
        if (!fromInstallation) {
            return 0;
        }
        if (note != null && note.isFile()) {
            return Long.parseLong(Files.readString(note.toPath(), StandardCharsets.UTF_8).trim());
        }
        boolean subscribed = events.subscriptions().stream().anyMatch(s -> s.subscriberId().equals(subscriberId));
        if (subscribed) {
            return 0;
        }
        long last = lastEventId(events);
        if (note != null) {
            Files.writeString(note.toPath(), Long.toString(last), StandardCharsets.UTF_8);
        }
        return last;
    }

    /** Event ids have no gaps, so the last one is at offset count - 1. */
    public static long lastEventId(EventLog events) {
        long count = events.find(null, 0, PageRequest.first(1)).total();
        if (count == 0) {
            return 0;
        }
        Page<BusinessEvent> last = events.find(null, 0, new PageRequest((int) Math.min(count - 1, Integer.MAX_VALUE),
                1));
        List<BusinessEvent> items = last.items();
        return items.isEmpty() ? 0 : items.get(items.size() - 1).id();
    }
}
