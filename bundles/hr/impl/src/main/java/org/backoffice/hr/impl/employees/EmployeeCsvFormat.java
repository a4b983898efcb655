package org.backoffice.hr.impl.employees;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.hr.api.employees.Employee;
import org.backoffice.hr.api.employees.EmployeeCsv;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.ValidationFailedException;

/** RFC 4180 CSV of employees: a header row naming {@link EmployeeCsv#COLUMNS} (any order, any subset), then rows. */
final class EmployeeCsvFormat {

    private EmployeeCsvFormat() {
    }

    static List<Employee> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ValidationFailedException.of("csv", "is empty; send a header row and one row per employee");
        }
        List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!EmployeeCsv.COLUMNS.contains(column)) {
                errors.add(new FieldError("header." + column, "unknown column; known: " + EmployeeCsv.COLUMNS));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        List<Employee> employees = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                String value = record.get(c).strip();
                values.put(header.get(c), value.isEmpty() ? null : value);
            }
            String row = "row " + (employees.size() + 1) + ".";
            LocalDate hireDate = null;
            if (values.get("hireDate") != null) {
                try {
                    hireDate = LocalDate.parse(values.get("hireDate"));
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(row + "hireDate", "must be a date like 2026-03-01"));
                }
            }
            employees.add(new Employee(values.get("number"), values.get("givenName"), values.get("familyName"),
                    values.get("preferredName"), values.get("workEmail"), values.get("workPhone"), null, null, null,
                    null, null, null, hireDate, null, null, null, values.get("department"), values.get("position"),
                    values.get("manager"), values.get("costCentre"), values.get("calendar"), values.get("user"),
                    null, null, null));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (employees.isEmpty()) {
            throw ValidationFailedException.of("csv", "has no rows after the header");
        }
        return employees;
    }

    static String format(List<Employee> employees) {
        StringBuilder out = new StringBuilder(String.join(",", EmployeeCsv.COLUMNS)).append("\r\n");
        for (Employee e : employees) {
            List<Object> values = List.of(nz(e.number()), nz(e.givenName()), nz(e.familyName()),
                    nz(e.preferredName()), nz(e.workEmail()), nz(e.workPhone()), nz(e.hireDate()),
                    nz(e.department()), nz(e.position()), nz(e.manager()), nz(e.costCentre()), nz(e.calendar()),
                    nz(e.user()));
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(values.get(i).toString()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
