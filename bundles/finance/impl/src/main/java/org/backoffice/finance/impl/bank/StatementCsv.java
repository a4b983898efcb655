package org.backoffice.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backoffice.finance.api.bank.CsvMapping;
import org.backoffice.finance.impl.ledger.AccountCsv;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Reads a bank's CSV export with a {@link CsvMapping}. Problems name the mapping field ({@code mapping.amount}) or the
 * row and column ({@code row 7.amount}, rows counted from 1 as in the file).
 */
final class StatementCsv {

    static final int MAX_ROWS = 100_000;

    private StatementCsv() {
    }

    /** Checks a mapping on its own (also when it is saved on a bank account); fields are prefixed with {@code at}. */
    static void checkMapping(Validator v, String at, CsvMapping m) {
        if (m == null) {
            v.reject(at, "is required: no mapping given and none saved on the bank account");
            return;
        }
        v.requiredText(at + ".date", m.date(), 100);
        boolean signed = m.amount() != null && !m.amount().isBlank();
        boolean split = m.debit() != null && !m.debit().isBlank() || m.credit() != null && !m.credit().isBlank();
        v.check(signed != split, at + ".amount", "name either an amount column or debit/credit columns");
        if (m.dateFormat() != null) {
            try {
                DateTimeFormatter.ofPattern(m.dateFormat());
            } catch (IllegalArgumentException e) {
                v.reject(at + ".dateFormat", "is not a date pattern: " + e.getMessage());
            }
        }
        v.check(m.decimalSeparator() == null || m.decimalSeparator().equals(".") || m.decimalSeparator().equals(","),
                at + ".decimalSeparator", "must be . or ,");
        v.check(m.headerRows() == null || m.headerRows() >= 0 && m.headerRows() <= 20, at + ".headerRows",
                "must be between 0 and 20");
        v.check(m.delimiter() == null || m.delimiter().length() == 1 || m.delimiter().equalsIgnoreCase("tab"),
                at + ".delimiter", "must be one character or 'tab'");
        int headerRows = m.headerRows() == null ? 1 : m.headerRows();
        for (String column : new String[] {m.date(), m.valueDate(), m.amount(), m.debit(), m.credit(), m.text(),
                m.counterparty(), m.counterpartyIban(), m.reference()}) {
            if (column != null && !column.isBlank() && headerRows == 0 && position(column) < 0) {
                v.reject(at + ".headerRows", "columns are named ('" + column + "') but there is no header row");
            }
        }
    }

    static ParsedStatement parse(String content, CsvMapping m) {
        Validator v = new Validator();
        checkMapping(v, "mapping", m);
        v.throwIfInvalid();
        char delimiter = m.delimiter() == null ? ',' : m.delimiter().equalsIgnoreCase("tab") ? '\t'
                : m.delimiter().charAt(0);
        int headerRows = m.headerRows() == null ? 1 : m.headerRows();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(m.dateFormat() == null ? "yyyy-MM-dd" : m.dateFormat(),
                Locale.ROOT);
        boolean comma = ",".equals(m.decimalSeparator());
        String[] rows = (content == null ? "" : content).replace("\r\n", "\n").replace('\r', '\n').split("\n");
        if (rows.length > MAX_ROWS) {
            throw ValidationFailedException.of("content", "has more than " + MAX_ROWS + " rows");
        }
        List<String> header = headerRows > 0 && rows.length >= headerRows
                ? AccountCsv.split(stripBom(rows[headerRows - 1]), delimiter) : List.of();
        Columns columns = new Columns(v, header, m);
        v.throwIfInvalid();
        List<ParsedStatement.Line> lines = new ArrayList<>();
        for (int i = headerRows; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String at = "row " + (i + 1);
            List<String> fields = AccountCsv.split(i == 0 ? stripBom(rows[i]) : rows[i], delimiter);
            LocalDate date = date(v, at + ".date", columns.value(fields, columns.date), dates, true);
            LocalDate valueDate = date(v, at + ".valueDate", columns.value(fields, columns.valueDate), dates, false);
            BigDecimal amount;
            if (columns.amount >= 0) {
                amount = decimal(v, at + ".amount", columns.value(fields, columns.amount), comma, true);
            } else {
                BigDecimal debit = decimal(v, at + ".debit", columns.value(fields, columns.debit), comma, false);
                BigDecimal credit = decimal(v, at + ".credit", columns.value(fields, columns.credit), comma, false);
                amount = debit == null && credit == null ? null
                        : (credit == null ? BigDecimal.ZERO : credit.abs()).subtract(
                                debit == null ? BigDecimal.ZERO : debit.abs());
                v.check(amount != null, at + ".amount", "has neither a debit nor a credit");
            }
            if (amount != null) {
                v.check(amount.signum() != 0, at + ".amount", "is zero");
            }
            if (v.errors().size() > 20) {
                break; // enough to show what is wrong
            }
            lines.add(new ParsedStatement.Line(date, valueDate, amount, null,
                    text(columns.value(fields, columns.text), 500), text(columns.value(fields, columns.counterparty),
                            200), text(columns.value(fields, columns.counterpartyIban), 34),
                    text(columns.value(fields, columns.reference), 100)));
        }
        v.check(!lines.isEmpty() || v.hasErrors(), "content", "has no statement rows");
        v.throwIfInvalid();
        LocalDate last = lines.stream().map(ParsedStatement.Line::bookingDate).max(LocalDate::compareTo).orElseThrow();
        return new ParsedStatement(null, null, null, null, null, null, last, lines);
    }

    /** The positions of the mapped columns, -1 for those not mapped. */
    private static final class Columns {
        final int date;
        final int valueDate;
        final int amount;
        final int debit;
        final int credit;
        final int text;
        final int counterparty;
        final int counterpartyIban;
        final int reference;

        Columns(Validator v, List<String> header, CsvMapping m) {
            date = resolve(v, header, "date", m.date());
            valueDate = resolve(v, header, "valueDate", m.valueDate());
            amount = resolve(v, header, "amount", m.amount());
            debit = resolve(v, header, "debit", m.debit());
            credit = resolve(v, header, "credit", m.credit());
            text = resolve(v, header, "text", m.text());
            counterparty = resolve(v, header, "counterparty", m.counterparty());
            counterpartyIban = resolve(v, header, "counterpartyIban", m.counterpartyIban());
            reference = resolve(v, header, "reference", m.reference());
        }

        String value(List<String> fields, int column) {
            if (column < 0 || column >= fields.size()) {
                return null;
            }
            String value = fields.get(column).trim();
            return value.isEmpty() ? null : value;
        }

        private static int resolve(Validator v, List<String> header, String field, String column) {
            if (column == null || column.isBlank()) {
                return -1;
            }
            int position = position(column);
            if (position >= 0) {
                return position;
            }
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().equalsIgnoreCase(column.trim())) {
                    return i;
                }
            }
            v.reject("mapping." + field, "no column '" + column + "' in the header " + header);
            return -1;
        }
    }

    /** A 1-based column number given as digits, as a 0-based position; -1 for a header name. */
    private static int position(String column) {
        String trimmed = column.trim();
        return trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty() && trimmed.length() < 4
                ? Integer.parseInt(trimmed) - 1 : -1;
    }

    private static String stripBom(String row) {
        return row.startsWith("\uFEFF") ? row.substring(1) : row;
    }

    private static LocalDate date(Validator v, String field, String value, DateTimeFormatter format,
            boolean required) {
        if (value == null) {
            v.check(!required, field, "is missing");
            return null;
        }
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            v.reject(field, "'" + value + "' is not a date of the mapping's format");
            return null;
        }
    }

    /** A decimal written with the mapping's separator; the other separator, spaces and a leading + are ignored. */
    static BigDecimal decimal(Validator v, String field, String value, boolean comma, boolean required) {
        if (value == null) {
            v.check(!required, field, "is missing");
            return null;
        }
        String plain = value.replace(" ", "").replace("\u00A0", "").replace("'", "");
        plain = comma ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        if (plain.startsWith("+")) {
            plain = plain.substring(1);
        }
        if (plain.endsWith("-")) {
            plain = "-" + plain.substring(0, plain.length() - 1);
        }
        try {
            BigDecimal amount = new BigDecimal(plain);
            if (amount.scale() > 4 || amount.precision() - amount.scale() > 15) {
                v.reject(field, "'" + value + "' has more than 4 decimals or 15 digits");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            v.reject(field, "'" + value + "' is not an amount");
            return null;
        }
    }

    private static String text(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }
}
