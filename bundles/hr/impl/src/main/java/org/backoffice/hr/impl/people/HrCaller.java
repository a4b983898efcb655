package org.backoffice.hr.impl.people;

import java.util.Set;

import org.backoffice.hr.api.HrModule;
import org.backoffice.platform.api.Actor;
import org.backoffice.platform.api.Roles;

/**
 * Who is calling an HR service and what that allows. {@code manager} (hr-manager or admin) sees and does everything;
 * {@code viewer} (hr-viewer) sees the directory without personal fields; a user linked to an employee record is that
 * employee ({@code employeeId}) and sees their own record and leave; someone who is nothing of these sees nothing.
 * What a caller may not see answers 404, so ids cannot be probed.
 *
 * @param employeeId the caller's own employee id, or {@code null}
 */
public record HrCaller(String user, boolean manager, boolean viewer, Long employeeId) {

    /** The current caller (REST request or shell session); background work runs as the system, a manager. */
    public static HrCaller current(Employments employments) {
        String user = Actor.currentUser();
        if (Actor.SYSTEM.equals(user)) {
            return new HrCaller(user, true, true, null);
        }
        Set<String> roles = Actor.currentRoles();
        boolean manager = roles.contains(HrModule.MANAGER) || roles.contains(Roles.ADMIN);
        boolean viewer = manager || roles.contains(HrModule.VIEWER);
        Long self = employments.employeeOfUser(user).map(Employment::employeeId).orElse(null);
        return new HrCaller(user, manager, viewer, self);
    }

    public boolean isSelf(long employeeId) {
        return this.employeeId != null && this.employeeId == employeeId;
    }

    /** Whether the caller may see the personal fields of {@code employeeId}: an HR manager or the employee. */
    public boolean seesPersonal(long employeeId) {
        return manager || isSelf(employeeId);
    }
}
