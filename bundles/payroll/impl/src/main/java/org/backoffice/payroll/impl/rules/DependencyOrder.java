package org.backoffice.payroll.impl.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders nodes so every node comes after what it reads (depth first, in declaration order); a cycle is named. */
public final class DependencyOrder {

    /** The references form a cycle; {@code cycle} starts and ends with the same node. */
    public static final class CycleException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final List<String> cycle;

        CycleException(List<String> cycle) {
            super("cycle " + String.join(" -> ", cycle));
            this.cycle = List.copyOf(cycle);
        }

        public List<String> cycle() {
            return cycle;
        }
    }

    private DependencyOrder() {
    }

    /** {@code edges}: node → the nodes it reads, in declaration order; references to unlisted nodes are ignored. */
    public static List<String> order(LinkedHashMap<String, Set<String>> edges) {
        List<String> ordered = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        for (String node : edges.keySet()) {
            visit(node, edges, state, new ArrayList<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state,
            List<String> path, List<String> ordered) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            throw new CycleException(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String dependency : edges.getOrDefault(node, Set.of())) {
            if (edges.containsKey(dependency)) {
                visit(dependency, edges, state, path, ordered);
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        ordered.add(node);
    }
}
