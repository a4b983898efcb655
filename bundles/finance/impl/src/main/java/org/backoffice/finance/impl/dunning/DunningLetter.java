package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.support.text.Html;

/**
 * The letter of a dunning notice: the level's text with its placeholders filled in, as plain text or as an HTML page.
 * In HTML every value and every piece of the text is escaped: customer codes, level names and texts are user input.
 */
final class DunningLetter {

    static final Set<String> PLACEHOLDERS = Set.of("customer", "date", "level", "invoices", "total", "fee",
            "currency");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");
    private static final String[] HEADERS = {"Invoice", "Due date", "Days overdue", "Open"};

    private DunningLetter() {
    }

    /** The placeholders of a text that are not in {@link #PLACEHOLDERS}, in order of appearance. */
    static List<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        return List.copyOf(unknown);
    }

    /** The letter as plain text; the invoices as an aligned table. */
    static String text(String template, DunningNotice notice) {
        return render(template, notice, false);
    }

    /** The letter as an HTML page; the text's line breaks kept, the invoices as a table. */
    static String html(String template, DunningNotice notice) {
        String title = Html.escape("Dunning notice " + (notice.number() == null ? "" : notice.number()));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n</head>\n<body>\n<div class=\"dunning-notice\">\n" + render(template, notice, true)
                + "\n</div>\n</body>\n</html>\n";
    }

    private static String render(String template, DunningNotice notice, boolean html) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(literal(template.substring(at, m.start()), html));
            String name = m.group(1);
            if (name.equals("invoices")) {
                out.append(html ? htmlTable(notice) : textTable(notice));
            } else {
                String value = value(name, notice);
                out.append(value == null ? literal(m.group(), html) : html ? Html.escape(value) : value);
            }
            at = m.end();
        }
        out.append(literal(template.substring(at), html));
        return out.toString();
    }

    private static String value(String name, DunningNotice notice) {
        return switch (name) {
            case "customer" -> notice.customer();
            case "date" -> notice.date().toString();
            case "level" -> notice.levelName();
            case "total" -> amount(notice.total(), notice.currency());
            case "fee" -> amount(notice.fee(), notice.currency());
            case "currency" -> notice.currency();
            default -> null;
        };
    }

    private static String literal(String text, boolean html) {
        return html ? Html.escape(text).replace("\n", "<br>\n") : text;
    }

    private static String amount(BigDecimal amount, String currency) {
        return Money.display(amount, currency).toPlainString();
    }

    private static List<String[]> rows(DunningNotice notice) {
        List<String[]> rows = new ArrayList<>();
        for (DunningNotice.Item item : notice.invoices()) {
            rows.add(new String[] {item.number(), date(item.dueDate()), Integer.toString(item.daysOverdue()),
                    amount(item.open(), notice.currency())});
        }
        return rows;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String textTable(DunningNotice notice) {
        List<String[]> rows = rows(notice);
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            widths[c] = HEADERS[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, HEADERS, widths);
        for (String[] row : rows) {
            table.append('\n');
            line(table, row, widths);
        }
        return table.toString();
    }

    /** Text columns left-aligned, numbers (days, amounts) right-aligned, two spaces apart. */
    private static void line(StringBuilder table, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - cells[c].length());
            line.append(c == 0 ? "" : "  ").append(c < 2 ? cells[c] + pad : pad + cells[c]);
        }
        table.append(line.toString().stripTrailing());
    }

    private static String htmlTable(DunningNotice notice) {
        StringBuilder table = new StringBuilder("<table class=\"invoices\">\n<thead><tr>");
        for (String header : HEADERS) {
            table.append("<th>").append(Html.escape(header)).append("</th>");
        }
        table.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows(notice)) {
            table.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                table.append(c < 2 ? "<td>" : "<td style=\"text-align:right\">").append(Html.escape(row[c]))
                        .append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>").toString();
    }
}
