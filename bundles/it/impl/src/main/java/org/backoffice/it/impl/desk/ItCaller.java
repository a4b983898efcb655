package org.backoffice.it.impl.desk;

import java.util.Set;

import org.backoffice.it.api.ItModule;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Roles;

/** Who calls: their user name, IT roles and the support groups they belong to. */
record ItCaller(String user, boolean manager, boolean agent, boolean viewer, Set<String> groups) {

    static ItCaller current(java.util.function.Function<String, Set<String>> groupsOf) {
        String user = Actor.currentUser();
        Set<String> roles = Actor.currentRoles();
        boolean system = Actor.SYSTEM.equals(user);
        boolean manager = system || roles.contains(ItModule.MANAGER) || roles.contains(Roles.ADMIN);
        boolean agent = roles.contains(ItModule.AGENT);
        return new ItCaller(user, manager, agent, manager || roles.contains(ItModule.VIEWER), groupsOf.apply(user));
    }

    /** Sees every ticket (agents too: they may only act on their groups' tickets, which is a 403, not a 404). */
    boolean seesAll() {
        return manager || agent || viewer;
    }

    boolean staff() {
        return manager || agent;
    }
}
