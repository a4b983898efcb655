package org.backoffice.platform.api.console;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the console's menu and the page behind it.
 *
 * @param id      unique in the console, also the page's address ({@code #/partners}) and its title's message key
 *                ({@code menu.<id>} in the module's messages)
 * @param script  the ES module, relative to the contribution's resources, that defines the page's custom element
 * @param element the custom element's tag name ({@code bo-partners})
 * @param roles   who sees the page (any one of them; {@code admin} sees every page)
 */
public record ConsolePage(String id, String script, String element, Set<String> roles) {

    public ConsolePage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(element, "element");
        roles = Set.copyOf(roles);
    }
}
