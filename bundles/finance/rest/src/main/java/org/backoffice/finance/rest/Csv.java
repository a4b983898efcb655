package org.backoffice.finance.rest;

import java.math.BigDecimal;

/** RFC 4180 CSV text: a header row, then rows; decimals written plainly, text quoted when it needs to be. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(values[i]));
        }
        text.append("\r\n");
        return this;
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String plain = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (plain.contains(",") || plain.contains("\"") || plain.contains("\n") || plain.contains("\r")) {
            return "\"" + plain.replace("\"", "\"\"") + "\"";
        }
        return plain;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
