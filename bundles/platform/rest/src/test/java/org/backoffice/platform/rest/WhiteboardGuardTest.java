package org.backoffice.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.backoffice.platform.rest.WhiteboardGuard.Action;
import org.junit.jupiter.api.Test;

class WhiteboardGuardTest {

    private final WhiteboardGuard guard = new WhiteboardGuard(null, null);

    @Test
    void aServletTakenOrStillWithinPatienceIsLeftAlone() {
        assertEquals(Action.NONE, guard.next(Duration.ZERO));
        assertEquals(Action.NONE, guard.next(WhiteboardGuard.PATIENCE.minusSeconds(1)));
    }

    @Test
    void aServletNeverTakenIsRegisteredAgainThreeTimesThenGivenUpOnOnce() {
        Duration waiting = WhiteboardGuard.PATIENCE.plusSeconds(5);
        for (int i = 0; i < WhiteboardGuard.ATTEMPTS; i++) {
            assertEquals(Action.REGISTER_AGAIN, guard.next(waiting));
        }
        assertEquals(Action.GIVE_UP, guard.next(waiting));
        assertEquals(Action.NONE, guard.next(waiting));
        assertEquals(Action.NONE, guard.next(waiting));
    }

    @Test
    void attemptsStartAgainOnceTheServletHasBeenTaken() {
        Duration waiting = WhiteboardGuard.PATIENCE.plusSeconds(5);
        for (int i = 0; i < WhiteboardGuard.ATTEMPTS; i++) {
            guard.next(waiting);
        }
        assertEquals(Action.NONE, guard.next(Duration.ZERO));
        assertEquals(Action.REGISTER_AGAIN, guard.next(waiting));
    }
}
