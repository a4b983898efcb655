package org.backoffice.it.impl.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

    @Test
    void defaultMatrixGivesCriticalForHighImpactAndUrgency() {
        PriorityMatrix matrix = PriorityMatrix.parse("1,2,3;2,3,4;3,4,4");
        assertEquals(1, matrix.priority(1, 1));
        assertEquals(3, matrix.priority(1, 3));
        assertEquals(2, matrix.priority(2, 1));
        assertEquals(4, matrix.priority(3, 3));
    }

    @Test
    void configuredMatrixIsUsedAsWritten() {
        PriorityMatrix matrix = PriorityMatrix.parse(" 1, 1, 2 ; 1,2,3; 2,3,4 ");
        assertEquals(1, matrix.priority(1, 2));
        assertEquals(1, matrix.priority(2, 1));
    }

    @Test
    void malformedMatrixNamesTheSetting() {
        for (String bad : new String[] {"1,2,3;2,3,4", "1,2,3;2,3,4;3,4,5", "1,2;2,3,4;3,4,4", "a,b,c;1,2,3;1,2,3",
            null}) {
            ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PriorityMatrix.parse(bad));
            assertEquals("priorityMatrix", e.errors().get(0).field());
        }
    }

    @Test
    void impactOutOfRangeIsRefused() {
        PriorityMatrix matrix = PriorityMatrix.parse("1,2,3;2,3,4;3,4,4");
        assertThrows(IllegalArgumentException.class, () -> matrix.priority(0, 1));
        assertThrows(IllegalArgumentException.class, () -> matrix.priority(1, 4));
    }
}
