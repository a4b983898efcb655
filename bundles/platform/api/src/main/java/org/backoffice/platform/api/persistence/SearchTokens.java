package org.backoffice.platform.api.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text search through an indexed token table instead of {@code LIKE '%text%'} over a column, which no B-tree index can
 * shorten. A record's searchable texts are cut into words (at white space and punctuation, so an e-mail address or a
 * document number gives its parts), stored lower case as tokens; a query is cut the same way, and a record matches
 * when every query word starts one of its tokens: {@code coh} finds Cohen, {@code ruth co} finds Ruth Cohen,
 * {@code 000042} finds EMP-2026-000042 — each word one index range scan, {@code TOKEN LIKE 'word%'}.
 *
 * <p>Scripts without spaces between words (Chinese, Japanese, Korean) store every suffix of such a word, so any part
 * of 王小明 is found; an Arabic word with the article (الحسن) is stored without it too (حسن).
 *
 * <p>Store {@link #of} in a table {@code (OWNER_ID, TOKEN)} indexed on {@code TOKEN}, and filter with one
 * {@code id IN (SELECT t.owner FROM Token t WHERE t.token LIKE :value)} per {@link #queryPatterns} entry; keep that
 * subquery on the token table alone, so the database turns it into an index join instead of a query per row.
 */
public final class SearchTokens {

    /** The longest token stored (a column length); a longer word is cut. */
    public static final int MAX_LENGTH = 60;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}·、，。]+");
    private static final String ARABIC_ARTICLE = "\u0627\u0644";

    private SearchTokens() {
    }

    /** The tokens of {@code texts} (null texts are skipped), lower case, without repeats. */
    public static Set<String> of(String... texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(texts)) {
            tokens.add(cut(word));
            if (word.codePoints().anyMatch(SearchTokens::unspaced)) {
                for (int i = word.offsetByCodePoints(0, 1); i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                    tokens.add(cut(word.substring(i)));
                }
            } else if (word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1) {
                tokens.add(cut(word.substring(ARABIC_ARTICLE.length())));
            }
        }
        return tokens;
    }

    /**
     * One LIKE pattern per word of {@code query} ({@code word%}), each to be matched by some token of a record; empty
     * for a blank query. LIKE's wildcards are punctuation, so they separate words and never reach a pattern.
     */
    public static List<String> queryPatterns(String query) {
        List<String> patterns = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words(query))) {
            patterns.add(cut(word) + "%");
        }
        return patterns;
    }

    private static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }

    /** A letter of a script written without spaces between words. */
    private static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    private static List<String> words(String... texts) {
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
