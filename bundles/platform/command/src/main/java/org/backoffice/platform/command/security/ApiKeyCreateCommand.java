package org.backoffice.platform.command.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.platform.api.security.ApiKeys;
import org.backoffice.platform.api.security.CreatedApiKey;
import org.backoffice.platform.api.security.NewApiKey;
import org.backoffice.platform.command.AdminFeature;
import org.backoffice.platform.support.shell.Details;
import org.backoffice.platform.support.shell.ShellProblems;

@Command(scope = "backoffice", name = "api-key-create",
        description = "Creates an API key for a user or service account; the secret is shown this once")
@Service
public class ApiKeyCreateCommand implements Action {

    @Reference(optional = true)
    ApiKeys keys;

    @Argument(index = 0, name = "name", description = "What the key is for, e.g. 'bank import'", required = true)
    String name;

    @Option(name = "--user", description = "The user or service account the key acts as", required = true)
    String user;

    @Option(name = "--role", description = "A role of the key (repeat for more)", multiValued = true,
            required = true)
    List<String> roles;

    @Option(name = "--days", description = "Days until it expires (default 90)")
    int days = 90;

    @Override
    public Object execute() throws Exception {
        AdminFeature.require(keys);
        CreatedApiKey created = ShellProblems.report(() -> keys.create(new NewApiKey(name, user,
                new LinkedHashSet<>(roles), Instant.now().plus(Duration.ofDays(days)))));
        new Details().add("Id", created.key().id()).add("User", created.key().user())
                .add("Roles", String.join(", ", created.key().roles()))
                .add("Expires (UTC)", created.key().expiresAt())
                .add("Secret", created.secret() + "   (shown only now: store it safely)").print();
        return null;
    }
}
