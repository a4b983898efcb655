package org.backoffice.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Operation ids that say what an operation is across every module: the fixed segments of its path and its Java
 * method's name ({@code /finance/invoices/{number}/post} with {@code post} is {@code finance.invoices.post}), made
 * unique with the HTTP method where two would collide.
 */
final class OperationIds {

    private OperationIds() {
    }

    static String of(String path, String javaName) {
        String name = javaName == null ? "" : javaName.replaceAll("_\\d+$", "");
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                for (String part : segment.split("\\.")) {
                    String clean = part.replaceAll("[^A-Za-z0-9_-]", "");
                    if (!clean.isEmpty()) {
                        parts.add(clean);
                    }
                }
            }
        }
        if (!name.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(name))) {
            parts.add(name);
        }
        return String.join(".", parts);
    }

    /** {@code id}, or {@code id.<method>} (then {@code .2}, {@code .3} ...) when it is taken; added to {@code used}. */
    static String unique(String id, String httpMethod, Set<String> used) {
        String candidate = id;
        if (used.contains(candidate)) {
            candidate = id + "." + httpMethod.toLowerCase(Locale.ROOT);
        }
        String base = candidate;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + "." + i;
        }
        used.add(candidate);
        return candidate;
    }
}
