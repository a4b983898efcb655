package org.backoffice.platform.command.security;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.ApiKey;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "api-key-revoke", description = "Revokes an API key at once")
@Service
public class ApiKeyRevokeCommand implements Action {

    @Reference(optional = true)
    ApiKeys keys;

    @Argument(index = 0, name = "id", description = "The key's id", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(keys);
        ApiKey key = ShellProblems.report(() -> keys.revoke(id));
        System.out.println("API key " + key.id() + " (" + key.name() + ") revoked at " + key.revokedAt());
        return null;
    }
}
