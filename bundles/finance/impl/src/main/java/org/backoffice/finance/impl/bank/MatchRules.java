package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.backoffice.finance.impl.PartnerRoles;
import org.backoffice.platform.api.BankIdentifiers;

/**
 * The matching rules, pure: open items are indexed once (by number and reference, by amount), then each statement line
 * is looked up in memory. Rules, best first:
 * <ol>
 * <li>{@code REFERENCE} (0.95): the item's number or reference appears as a word of the line's text or reference;</li>
 * <li>{@code AMOUNT_PARTNER} (0.8): the same amount, and the partner's code appears as a word of the text or
 * counterparty, or the counterparty's IBAN is the partner's, or the counterparty contains the partner's name (of three
 * characters or more); the partners directory is asked only for candidates of the line's amount, once per
 * partner;</li>
 * <li>{@code AMOUNT_DATE} (0.5): the same amount, the item's date within the window of the booking date.</li>
 * </ol>
 * Only items of the line's sign are considered. Auto-match takes a line's match only when it is unambiguous and exact:
 * exactly one item at the line's best rule, of the line's amount, and no other line of the run claims that item.
 */
final class MatchRules {

    static final String REFERENCE = "REFERENCE";
    static final String AMOUNT_PARTNER = "AMOUNT_PARTNER";
    static final String AMOUNT_DATE = "AMOUNT_DATE";
    static final BigDecimal REFERENCE_CONFIDENCE = new BigDecimal("0.95");
    static final BigDecimal AMOUNT_PARTNER_CONFIDENCE = new BigDecimal("0.80");
    static final BigDecimal AMOUNT_DATE_CONFIDENCE = new BigDecimal("0.50");

    /** A statement line as the rules see it; {@code counterpartyIban} in electronic form, if the bank gave it. */
    record Line(long id, BigDecimal amount, LocalDate date, String text, String counterparty, String reference,
            String counterpartyIban) {
    }


    /** A candidate for a line. */
    record Proposal(OpenItem item, String rule, BigDecimal confidence, boolean exactAmount) {
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile(
            "[\\s,;:()\\[\\]{}<>\"'!?#+*=|]+");

    private final int windowDays;
    private final Function<String, PartnerRoles.Party> directory;
    private final Map<String, Optional<PartnerRoles.Party>> parties = new HashMap<>();
    private final Map<String, List<OpenItem>> byWord = new HashMap<>();
    private final Map<BigDecimal, List<OpenItem>> byAmount = new HashMap<>();

    MatchRules(List<OpenItem> items, int windowDays) {
        this(items, windowDays, code -> null);
    }

    /** {@code directory}: a partner by code, {@code null} when unknown (or without the partners module). */
    MatchRules(List<OpenItem> items, int windowDays, Function<String, PartnerRoles.Party> directory) {
        this.windowDays = windowDays;
        this.directory = directory;
        for (OpenItem item : items) {
            index(byWord, normalize(item.number()), item);
            // a one-word reference of the customer (an order number, say); longer texts would match too much
            if (item.reference() != null && item.reference().trim().length() >= 4
                    && !item.reference().trim().contains(" ")) {
                index(byWord, normalize(trimPunctuation(item.reference().trim())), item);
            }
            if (item.amount() != null) {
                index(byAmount, item.amount().stripTrailingZeros(), item);
            }
        }
    }

    private static <K> void index(Map<K, List<OpenItem>> index, K key, OpenItem item) {
        if (key != null) {
            List<OpenItem> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!list.contains(item)) {
                list.add(item);
            }
        }
    }

    /** Every candidate of the line, best first; an item appears once, under its best rule. */
    List<Proposal> proposals(Line line) {
        Map<OpenItem, Proposal> found = new LinkedHashMap<>();
        int sign = line.amount().signum();
        Set<String> lineWords = new HashSet<>(words(line.text()));
        lineWords.addAll(words(line.reference()));
        for (String word : lineWords) {
            for (OpenItem item : byWord.getOrDefault(word, List.of())) {
                if (item.amount().signum() == sign) {
                    found.putIfAbsent(item, proposal(item, REFERENCE, REFERENCE_CONFIDENCE, line));
                }
            }
        }
        List<OpenItem> sameAmount = byAmount.getOrDefault(line.amount().stripTrailingZeros(), List.of());
        Set<String> partyWords = new HashSet<>(lineWords);
        partyWords.addAll(words(line.counterparty()));
        for (OpenItem item : sameAmount) {
            if (!found.containsKey(item) && namesPartner(item, partyWords, line)) {
                found.put(item, proposal(item, AMOUNT_PARTNER, AMOUNT_PARTNER_CONFIDENCE, line));
            }
        }
        for (OpenItem item : sameAmount) {
            if (!found.containsKey(item) && item.date() != null && line.date() != null
                    && Math.abs(ChronoUnit.DAYS.between(item.date(), line.date())) <= windowDays) {
                found.put(item, proposal(item, AMOUNT_DATE, AMOUNT_DATE_CONFIDENCE, line));
            }
        }
        List<Proposal> proposals = new ArrayList<>(found.values());
        proposals.sort(Comparator.comparing(Proposal::confidence).reversed()
                .thenComparing(p -> !p.exactAmount())
                .thenComparing(p -> p.item().date() == null ? LocalDate.MIN : p.item().date())
                .thenComparing(p -> p.item().id()));
        return proposals;
    }

    /** The line's auto-match when it is unambiguous and exact (ignoring other lines): see the class comment. */
    OpenItem unambiguous(Line line) {
        List<Proposal> proposals = proposals(line);
        if (proposals.isEmpty()) {
            return null;
        }
        String best = proposals.get(0).rule();
        List<Proposal> top = proposals.stream().filter(p -> p.rule().equals(best)).toList();
        return top.size() == 1 && top.get(0).exactAmount() ? top.get(0).item() : null;
    }

    /** The auto-matches of a run: line id to item; an item two lines would take goes to neither. */
    Map<Long, OpenItem> autoMatch(List<Line> lines) {
        Map<Long, OpenItem> chosen = new LinkedHashMap<>();
        Map<OpenItem, Integer> claims = new HashMap<>();
        for (Line line : lines) {
            OpenItem item = unambiguous(line);
            if (item != null) {
                chosen.put(line.id(), item);
                claims.merge(item, 1, Integer::sum);
            }
        }
        chosen.values().removeIf(item -> claims.get(item) > 1);
        return chosen;
    }

    private static Proposal proposal(OpenItem item, String rule, BigDecimal confidence, Line line) {
        return new Proposal(item, rule, confidence, item.amount().compareTo(line.amount()) == 0);
    }

    private boolean namesPartner(OpenItem item, Set<String> words, Line line) {
        if (item.partner() != null && words.contains(normalize(item.partner()))) {
            return true;
        }
        boolean byIban = line.counterpartyIban() != null && !line.counterpartyIban().isBlank();
        boolean byName = line.counterparty() != null && !line.counterparty().isBlank();
        if (!byIban && !byName) {
            return false;
        }
        PartnerRoles.Party party = party(item.partner());
        if (byIban && party != null && party.iban() != null
                && party.iban().equals(BankIdentifiers.normalizeIban(line.counterpartyIban()))) {
            return true;
        }
        String name = item.partnerName() != null ? item.partnerName() : party == null ? null : party.name();
        return byName && name != null && name.trim().length() >= 3
                && normalize(line.counterparty()).contains(normalize(name));
    }

    private PartnerRoles.Party party(String code) {
        return code == null ? null
                : parties.computeIfAbsent(code, c -> Optional.ofNullable(directory.apply(c))).orElse(null);
    }

    /** The words of a text: split at whitespace and punctuation other than {@code - / _ .} inside a word. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String raw : SEPARATORS.split(text)) {
            String word = trimPunctuation(raw);
            if (!word.isEmpty()) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "-/_.".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "-/_.".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }

    private static String normalize(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
