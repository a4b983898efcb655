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
 * document number gives its parts), and every suffix of every word is stored as a token, lower case. A query is cut
 * the same way; a record matches when each query word is the start of one of its tokens, i.e. occurs inside one of
 * its words — the contains-search users expect, in any script (Chinese names have no spaces; Arabic words carry their
 * article), answered by index range scans: {@code TOKEN LIKE 'word%'}.
 *
 * <p>Store {@link #of} in a table {@code (OWNER_ID, TOKEN)} indexed on {@code TOKEN}, and filter with one
 * {@code id IN (SELECT owner FROM tokens WHERE token LIKE :value)} per {@link #queryPatterns} entry.
 */
public final class SearchTokens {

    /** The longest token stored (a column length); a longer word is cut. */
    public static final int MAX_LENGTH = 60;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}·、，。]+");

    private SearchTokens() {
    }

    /** The tokens of {@code texts} (null texts are skipped): each word's suffixes, lower case, without repeats. */
    public static Set<String> of(String... texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(texts)) {
            int[] starts = word.codePoints().toArray();
            int offset = 0;
            for (int cp : starts) {
                String suffix = word.substring(offset);
                tokens.add(suffix.length() > MAX_LENGTH ? suffix.substring(0, MAX_LENGTH) : suffix);
                offset += Character.charCount(cp);
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
            String cut = word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
            patterns.add(cut + "%");
        }
        return patterns;
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
