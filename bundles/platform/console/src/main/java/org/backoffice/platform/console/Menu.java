package org.backoffice.platform.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.backoffice.platform.api.Roles;
import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsolePage;

/**
 * What a user's menu holds: the pages of every registered contribution that one of the user's roles may see
 * ({@code admin} sees all), each module with its messages in the user's language (English where a key is missing).
 */
final class Menu {

    static final List<String> LANGUAGES = List.of("en", "he");

    record Page(String id, String module, String script, String element, String title) {
    }

    record Module(String id, Map<String, String> messages) {
    }

    record View(String language, String direction, List<Page> pages, List<Module> modules) {
    }

    private Menu() {
    }

    static View of(Collection<ConsoleContribution> contributions, Set<String> roles, String language) {
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        List<Page> pages = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        List<ConsoleContribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparing(ConsoleContribution::module));
        for (ConsoleContribution contribution : sorted) {
            List<ConsolePage> visible = contribution.pages().stream().filter(page -> visible(page, roles)).toList();
            if (visible.isEmpty()) {
                continue;
            }
            Map<String, String> messages = messages(contribution::resource, lang);
            modules.add(new Module(contribution.module(), messages));
            for (ConsolePage page : visible) {
                pages.add(new Page(page.id(), contribution.module(),
                        "/console/modules/" + contribution.module() + "/" + page.script(), page.element(),
                        messages.getOrDefault("menu." + page.id(), page.id())));
            }
        }
        return new View(lang, "he".equals(lang) ? "rtl" : "ltr", pages, modules);
    }

    static boolean visible(ConsolePage page, Set<String> roles) {
        return roles.contains(Roles.ADMIN) || page.roles().stream().anyMatch(roles::contains);
    }

    /** {@code messages_<lang>.properties} over {@code messages_en.properties}, both UTF-8. */
    static Map<String, String> messages(java.util.function.Function<String, URL> resources, String language) {
        Map<String, String> messages = new TreeMap<>(load(resources.apply("messages_en.properties")));
        if (!"en".equals(language)) {
            messages.putAll(load(resources.apply("messages_" + language + ".properties")));
        }
        return new LinkedHashMap<>(messages);
    }

    private static Map<String, String> load(URL url) {
        Map<String, String> map = new TreeMap<>();
        if (url == null) {
            return map;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return map;
        }
        properties.forEach((key, value) -> map.put(key.toString(), value.toString()));
        return map;
    }
}
