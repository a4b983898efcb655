package org.backoffice.it.api;

import java.util.EnumSet;
import java.util.Set;

/** A ticket's place in the workflow, and where it may go from there. */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_REQUESTER, WAITING_ON_THIRD_PARTY, RESOLVED, CLOSED;

    /** The statuses a ticket may move to from this one (reopening a RESOLVED ticket is IN_PROGRESS). */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, WAITING_ON_REQUESTER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, WAITING_ON_REQUESTER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case WAITING_ON_REQUESTER, WAITING_ON_THIRD_PARTY -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean waiting() {
        return this == WAITING_ON_REQUESTER || this == WAITING_ON_THIRD_PARTY;
    }

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
