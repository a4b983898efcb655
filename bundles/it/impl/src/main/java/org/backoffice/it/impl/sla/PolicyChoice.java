package org.backoffice.it.impl.sla;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which SLA policy applies to a ticket: each condition a policy has must match (a {@code null} condition matches
 * everything), and among those that match the lowest rank wins (then the code, so the choice is stable).
 */
public final class PolicyChoice {

    /** The conditions of one policy. */
    public record Conditions(String code, int rank, Integer priority, String category, String requesterGroup) {
    }

    private PolicyChoice() {
    }

    /**
     * @param categoryPath the ticket's category and every category above it
     * @param requesterGroups the support groups the requester belongs to
     */
    public static Optional<Conditions> choose(Collection<Conditions> policies, int priority, List<String> categoryPath,
            Set<String> requesterGroups) {
        return policies.stream()
                .filter(p -> p.priority() == null || p.priority() == priority)
                .filter(p -> p.category() == null || categoryPath.contains(p.category()))
                .filter(p -> p.requesterGroup() == null || requesterGroups.contains(p.requesterGroup()))
                .min(Comparator.comparingInt(Conditions::rank).thenComparing(Conditions::code));
    }
}
