package org.backoffice.it.api;

import java.time.Instant;
import java.util.List;

/**
 * A service desk ticket.
 *
 * @param impact   1 (high) to 3 (low)
 * @param urgency  1 (high) to 3 (low)
 * @param priority 1 (critical) to 4 (low), from the configured impact × urgency matrix
 * @param group    the assignment group's code, or {@code null}
 * @param agent    the assigned agent's user name, or {@code null}
 * @param slaStatus the worst of its targets: {@code ON_TIME}, {@code WARNING}, {@code BREACHED}, {@code MET}
 * @param slaDue    the earliest due instant of a running target, or {@code null}
 * @param employee the requester's employee number when HR is installed and knows the user, else {@code null}
 */
public record Ticket(String number, String requester, String employee, String title, String description,
        String category, int impact, int urgency, int priority, String group, String agent, TicketStatus status,
        String policy, Instant createdAt, Instant resolvedAt, Instant closedAt, String mergedInto,
        List<String> watchers, List<TicketLink> links, List<String> assets, String slaStatus,
        Instant slaDue, Long version) {
}
