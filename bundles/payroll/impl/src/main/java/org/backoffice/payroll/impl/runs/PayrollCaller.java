package org.backoffice.payroll.impl.runs;

import java.util.Set;

import org.backoffice.payroll.api.PayrollModule;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Roles;

/**
 * Who calls: a payroll manager (or admin, or the system) does everything, a viewer reads; anyone else sees only
 * their own payslips, matched by the self-service user HR gives the employee.
 */
record PayrollCaller(String user, boolean manager, boolean viewer) {

    static PayrollCaller current() {
        String user = Actor.currentUser();
        if (Actor.SYSTEM.equals(user)) {
            return new PayrollCaller(user, true, true);
        }
        Set<String> roles = Actor.currentRoles();
        boolean manager = roles.contains(PayrollModule.MANAGER) || roles.contains(Roles.ADMIN);
        return new PayrollCaller(user, manager, manager || roles.contains(PayrollModule.VIEWER));
    }

    void requireManager() {
        if (!manager) {
            throw new PayrollForbidden();
        }
    }

    boolean mayRead(String payslipUser) {
        return viewer || (payslipUser != null && payslipUser.equals(user));
    }
}
