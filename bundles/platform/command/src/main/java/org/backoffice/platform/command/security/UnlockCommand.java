package org.backoffice.platform.command.security;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.LoginThrottle;
import org.backoffice.platform.command.AdminFeature;

@Command(scope = "backoffice", name = "unlock", description = "Clears the failed sign-ins of a user or an address")
@Service
public class UnlockCommand implements Action {

    @Reference(optional = true)
    LoginThrottle throttle;

    @Argument(index = 0, name = "user-or-address", required = true)
    String key;

    @Override
    public Object execute() {
        AdminFeature.require(throttle);
        System.out.println(throttle.unlock(key) ? key + " unlocked" : "no failed sign-ins for " + key);
        return null;
    }
}
