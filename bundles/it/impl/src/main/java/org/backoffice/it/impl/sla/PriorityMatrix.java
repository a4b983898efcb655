package org.backoffice.it.impl.sla;

import org.backoffice.platform.api.error.ValidationFailedException;

/**
 * Priority from impact and urgency (each 1 high to 3 low), read from a matrix like {@code "1,2,3;2,3,4;3,4,4"}: one
 * row per impact, one column per urgency, priorities 1 (critical) to 4 (low).
 */
public final class PriorityMatrix {

    private final int[][] cells = new int[3][3];

    private PriorityMatrix() {
    }

    /** @throws ValidationFailedException naming {@code priorityMatrix} when it is not 3 × 3 of 1–4 */
    public static PriorityMatrix parse(String text) {
        PriorityMatrix matrix = new PriorityMatrix();
        String[] rows = text == null ? new String[0] : text.trim().split("\\s*;\\s*");
        if (rows.length != 3) {
            throw invalid();
        }
        for (int i = 0; i < 3; i++) {
            String[] values = rows[i].split("\\s*,\\s*");
            if (values.length != 3) {
                throw invalid();
            }
            for (int j = 0; j < 3; j++) {
                try {
                    matrix.cells[i][j] = Integer.parseInt(values[j].trim());
                } catch (NumberFormatException e) {
                    throw invalid();
                }
                if (matrix.cells[i][j] < 1 || matrix.cells[i][j] > 4) {
                    throw invalid();
                }
            }
        }
        return matrix;
    }

    public int priority(int impact, int urgency) {
        if (impact < 1 || impact > 3 || urgency < 1 || urgency > 3) {
            throw new IllegalArgumentException("impact and urgency are 1 to 3");
        }
        return cells[impact - 1][urgency - 1];
    }

    private static ValidationFailedException invalid() {
        return ValidationFailedException.of("priorityMatrix",
                "must be 3 rows of 3 priorities from 1 to 4, rows by impact, e.g. 1,2,3;2,3,4;3,4,4");
    }
}
