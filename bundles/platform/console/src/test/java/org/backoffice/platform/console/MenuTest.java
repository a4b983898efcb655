package org.backoffice.platform.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.backoffice.platform.api.console.ConsoleContribution;
import org.backoffice.platform.api.console.ConsolePage;
import org.junit.jupiter.api.Test;

class MenuTest {

    /** Messages from this test's resources: /console/sample/messages_*.properties */
    private static final class Sample implements ConsoleContribution {
        private final String module;
        private final List<ConsolePage> pages;

        Sample(String module, ConsolePage... pages) {
            this.module = module;
            this.pages = List.of(pages);
        }

        @Override
        public String module() {
            return module;
        }

        @Override
        public List<ConsolePage> pages() {
            return pages;
        }

        @Override
        public URL resource(String path) {
            return MenuTest.class.getResource("/console/sample/" + path);
        }
    }

    private final List<ConsoleContribution> contributions = List.of(
            new Sample("sample", new ConsolePage("reports", "reports.js", "bo-reports", Set.of("s-viewer", "s-manager")),
                    new ConsolePage("post", "post.js", "bo-post", Set.of("s-manager"))),
            new Sample("other", new ConsolePage("other", "other.js", "bo-other", Set.of("o-viewer"))));

    @Test
    void aUserSeesThePagesOfTheirRolesOnly() {
        Menu.View view = Menu.of(contributions, Set.of("s-viewer"), "en");
        assertEquals(List.of("reports"), view.pages().stream().map(Menu.Page::id).toList());
        assertEquals(List.of("sample"), view.modules().stream().map(Menu.Module::id).toList());
        assertEquals("/console/modules/sample/reports.js", view.pages().get(0).script());
        assertEquals(List.of(), Menu.of(contributions, Set.of("nobody"), "en").pages());
    }

    @Test
    void anAdminSeesEveryPageModulesInOrder() {
        Menu.View view = Menu.of(contributions, Set.of("admin"), "en");
        assertEquals(List.of("other", "reports", "post"), view.pages().stream().map(Menu.Page::id).toList());
    }

    @Test
    void hebrewTitlesRightToLeftAndEnglishWhereAKeyIsMissing() {
        Menu.View view = Menu.of(contributions, Set.of("s-manager"), "he");
        assertEquals("rtl", view.direction());
        assertEquals("דוחות", view.pages().get(0).title());
        assertEquals("Post an entry", view.pages().get(1).title());
        assertEquals("ltr", Menu.of(contributions, Set.of("s-manager"), "xx").direction());
        assertEquals("en", Menu.of(contributions, Set.of("s-manager"), null).language());
    }
}
