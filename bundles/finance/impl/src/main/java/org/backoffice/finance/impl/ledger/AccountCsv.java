package org.backoffice.finance.impl.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * Reads a chart of accounts from CSV: header {@code code,name,type,parent,currency,active}; fields may be quoted with
 * double quotes (a doubled quote inside stands for one).
 */
public final class AccountCsv {

    static final List<String> HEADER = List.of("code", "name", "type", "parent", "currency", "active");

    private AccountCsv() {
    }

    static List<Account> parse(String csv) {
        Validator v = new Validator();
        List<Account> accounts = new ArrayList<>();
        String[] rows = (csv == null ? "" : csv).replace("\r\n", "\n").split("\n");
        if (rows.length == 0 || !split(rows[0]).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList()
                .equals(HEADER)) {
            throw ValidationFailedException.of("header",
                    "the first line must be " + String.join(",", HEADER));
        }
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String at = "row " + (i + 1);
            List<String> fields = split(rows[i]);
            if (fields.size() != HEADER.size()) {
                v.reject(at, "has " + fields.size() + " fields, expected " + HEADER.size());
                continue;
            }
            AccountType type = null;
            try {
                type = AccountType.valueOf(fields.get(2).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.reject(at + ".type", "must be one of ASSET, LIABILITY, EQUITY, INCOME, EXPENSE");
            }
            String active = fields.get(5).trim().toLowerCase(Locale.ROOT);
            if (!active.isEmpty() && !active.equals("true") && !active.equals("false")) {
                v.reject(at + ".active", "must be true or false");
            }
            accounts.add(new Account(fields.get(0).trim(), fields.get(1).trim(), type, blankToNull(fields.get(3)), null,
                    blankToNull(fields.get(4)), active.isEmpty() ? Boolean.TRUE : Boolean.valueOf(active), null));
        }
        v.check(!accounts.isEmpty() || v.hasErrors(), "rows", "the file has no accounts");
        v.throwIfInvalid();
        return accounts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static List<String> split(String row) {
        return split(row, ',');
    }

    /** The fields of one delimited row; a field may be quoted with double quotes (doubled inside). */
    public static List<String> split(String row, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
