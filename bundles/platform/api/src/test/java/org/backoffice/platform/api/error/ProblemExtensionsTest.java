package org.backoffice.platform.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemExtensionsTest {

    @Test
    void extensionsTravelWithTheProblem() {
        ConflictProblem problem = new ConflictProblem("only 2 left", Map.of("available", new BigDecimal("2")));
        assertEquals(Map.of("available", new BigDecimal("2")), problem.extensions());
    }

    @Test
    void anExtensionCannotReplaceAStandardMember() {
        for (String reserved : ProblemException.RESERVED_MEMBERS) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new ConflictProblem("order is cancelled", Map.of(reserved, "CANCELLED")));
            assertEquals(true, refused.getMessage().contains(reserved));
        }
    }
}
