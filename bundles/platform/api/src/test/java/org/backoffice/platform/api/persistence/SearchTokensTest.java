package org.backoffice.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchTokensTest {

    private static boolean matches(Set<String> tokens, String query) {
        return SearchTokens.queryPatterns(query).stream().allMatch(pattern -> {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return tokens.stream().anyMatch(token -> token.startsWith(prefix));
        });
    }

    @Test
    void everyQueryWordStartsAWordAndWordsCombineWithAnd() {
        Set<String> tokens = SearchTokens.of("EMP-2026-000042", "Ruth", "Cohen-Levi", null, "ruth.cohen@example.com");
        assertTrue(matches(tokens, "ruth"));
        assertTrue(matches(tokens, "COH"));
        assertEquals(false, matches(tokens, "ohen"));
        assertTrue(matches(tokens, "ruth levi"));
        assertTrue(matches(tokens, "000042"));
        assertTrue(matches(tokens, "emp-2026-000042"));
        assertTrue(matches(tokens, "example.com"));
        assertEquals(false, matches(tokens, "ruth smith"));
        assertEquals(false, matches(tokens, "cohenlevi"));
    }

    @Test
    void scriptsWithoutSpacesMatchInsideWordsAndTheArabicArticleIsOptional() {
        Set<String> tokens = SearchTokens.of("王小明", "الحسن", "כהן");
        assertTrue(matches(tokens, "小明"));
        assertTrue(matches(tokens, "王小"));
        assertTrue(matches(tokens, "حسن"));
        assertTrue(matches(tokens, "الحس"));
        assertTrue(matches(tokens, "כה"));
        assertEquals(false, matches(tokens, "明王"));
        assertEquals(Set.of("王小明", "小明", "明"), SearchTokens.of("王小明"));
    }

    @Test
    void likeWildcardsSeparateWordsAndBlankQueriesGiveNone() {
        assertEquals(List.of("50%", "a%", "b%"), SearchTokens.queryPatterns(" 50% a_b 50% "));
        assertEquals(List.of(), SearchTokens.queryPatterns("  "));
        assertEquals(List.of(), SearchTokens.queryPatterns(null));
    }

    @Test
    void longWordsAreCutToTheColumnLength() {
        String word = "x".repeat(100);
        assertTrue(SearchTokens.of(word).stream().allMatch(token -> token.length() <= SearchTokens.MAX_LENGTH));
        assertEquals(1, SearchTokens.queryPatterns(word).size());
    }
}
