package org.backoffice.platform.command.security;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.ApiKey;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "backoffice", name = "api-key-list", description = "Lists the API keys (never their secrets)")
@Service
public class ApiKeyListCommand implements Action {

    @Reference(optional = true)
    ApiKeys keys;

    @Override
    public Object execute() {
        AdminFeature.require(keys);
        Table.of(ApiKey.class)
                .column("Id", ApiKey::id)
                .column("Name", 30, ApiKey::name)
                .column("User", ApiKey::user)
                .column("Roles", 40, k -> String.join(",", k.roles()))
                .column("Expires (UTC)", ApiKey::expiresAt)
                .column("Revoked (UTC)", ApiKey::revokedAt)
                .column("Last used (UTC)", ApiKey::lastUsedAt)
                .column("From", ApiKey::lastUsedFrom)
                .print(keys.list());
        return null;
    }
}
