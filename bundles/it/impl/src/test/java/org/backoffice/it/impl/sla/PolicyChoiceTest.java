package org.backoffice.it.impl.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.backoffice.it.impl.sla.PolicyChoice.Conditions;
import org.junit.jupiter.api.Test;

class PolicyChoiceTest {

    private static final List<Conditions> POLICIES = List.of(
            new Conditions("DEFAULT", 100, null, null, null),
            new Conditions("P1", 10, 1, null, null),
            new Conditions("NETWORK", 20, null, "NET", null),
            new Conditions("VIP", 5, null, null, "VIP"));

    private static String choose(int priority, List<String> path, Set<String> groups) {
        return PolicyChoice.choose(POLICIES, priority, path, groups).map(Conditions::code).orElse(null);
    }

    @Test
    void lowestRankAmongMatchingWins() {
        assertEquals("P1", choose(1, List.of("NET"), Set.of()));
        assertEquals("VIP", choose(1, List.of("NET"), Set.of("VIP")));
    }

    @Test
    void categoryMatchesTheSubtree() {
        assertEquals("NETWORK", choose(3, List.of("WIFI", "NET"), Set.of()));
    }

    @Test
    void policyWithoutConditionsCatchesTheRest() {
        assertEquals("DEFAULT", choose(4, List.of("HW"), Set.of()));
    }

    @Test
    void noPolicyMeansNoTargets() {
        assertTrue(PolicyChoice.choose(List.of(new Conditions("P1", 1, 1, null, null)), 2, List.of(), Set.of())
                .isEmpty());
    }

    @Test
    void equalRanksAreBrokenByCode() {
        List<Conditions> tied = List.of(new Conditions("B", 1, null, null, null), new Conditions("A", 1, null, null,
                null));
        assertEquals("A", PolicyChoice.choose(tied, 1, List.of(), Set.of()).orElseThrow().code());
    }
}
