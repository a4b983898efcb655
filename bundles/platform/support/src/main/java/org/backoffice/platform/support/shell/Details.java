package org.backoffice.platform.support.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One record shown field by field ({@code Code:  ACME}), labels aligned to the longest; {@code null} shows as nothing.
 */
public final class Details {

    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        lines.add(new String[] {label + ":", Table.text(value)});
        return this;
    }

    public void print() {
        print(System.out);
    }

    public void print(PrintStream out) {
        int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        for (String[] line : lines) {
            out.println(String.format("%-" + width + "s %s", line[0], line[1]).stripTrailing());
        }
    }
}
