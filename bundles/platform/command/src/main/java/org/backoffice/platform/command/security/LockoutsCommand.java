package org.backoffice.platform.command.security;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.Lockout;
import org.backoffice.platform.api.security.LoginThrottle;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "lockouts", description = "Users and addresses with failed sign-ins or locked")
@Service
public class LockoutsCommand implements Action {

    @Reference(optional = true)
    LoginThrottle throttle;

    @Override
    public Object execute() {
        AdminFeature.require(throttle);
        Table.of(Lockout.class)
                .column("Kind", Lockout::kind)
                .column("User or address", Lockout::key)
                .right("Failures", Lockout::failures)
                .column("Locked until (UTC)", Lockout::lockedUntil)
                .print(throttle.lockouts());
        return null;
    }
}
