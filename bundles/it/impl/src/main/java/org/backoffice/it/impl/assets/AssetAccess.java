package org.backoffice.it.impl.assets;

import java.util.Set;

import org.backoffice.it.api.ItModule;
import org.backoffice.it.impl.desk.ForbiddenProblem;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Roles;

/** Who may read and change the register: agents and managers write, viewers read. */
final class AssetAccess {

    private AssetAccess() {
    }

    static boolean manager() {
        Set<String> roles = Actor.currentRoles();
        return Actor.SYSTEM.equals(Actor.currentUser()) || roles.contains(ItModule.MANAGER)
                || roles.contains(Roles.ADMIN);
    }

    static void requireWriter() {
        if (!manager() && !Actor.currentRoles().contains(ItModule.AGENT)) {
            throw new ForbiddenProblem("only IT agents and managers change the asset register");
        }
    }

    static void requireReader() {
        Set<String> roles = Actor.currentRoles();
        if (!manager() && !roles.contains(ItModule.AGENT) && !roles.contains(ItModule.VIEWER)) {
            throw new ForbiddenProblem("only IT staff read the asset register");
        }
    }
}
