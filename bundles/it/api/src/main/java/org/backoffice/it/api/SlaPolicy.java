package org.backoffice.it.api;

import java.util.List;

/**
 * Which tickets get which targets. A policy applies when each condition it has matches ({@code null} matches all):
 * {@code priority}, {@code category} (that category or one below it in the tree) and {@code requesterGroup} (the
 * requester is a member of that support group); the lowest {@code rank} wins.
 *
 * @param firstResponse an ISO-8601 duration of business time ({@code PT4H}), positive
 * @param resolution    an ISO-8601 duration of business time ({@code PT16H}), positive
 * @param warnings      percentages of a target at which a warning is sent ({@code [75, 90]})
 * @param pauseOnWaiting whether the clocks stop while the ticket waits on the requester or a third party
 */
public record SlaPolicy(String code, String name, Integer rank, Integer priority, String category,
        String requesterGroup, String calendar, String firstResponse, String resolution, List<Integer> warnings,
        Boolean pauseOnWaiting, Long version) {
}
