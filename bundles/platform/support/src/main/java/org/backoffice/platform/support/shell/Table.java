package org.backoffice.platform.support.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.platform.api.Page;

/**
 * A console table of records, one column per getter; {@code null} prints as nothing.
 *
 * <pre>{@code
 * Table.of(Partner.class).column("Code", Partner::code).column("Name", 40, Partner::name).print(page.items());
 * }</pre>
 * A report with amounts aligns them right ({@code .right("Debit", Line::debit)}); its total lines are rows too, so a
 * report usually tabulates a small record of its own rather than the api's line type.
 *
 * @param <T> the record type of a row
 */
public final class Table<T> {

    private record Column<T>(String header, int maxSize, boolean right, Function<T, ?> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    private Table() {
    }

    public static <T> Table<T> of(Class<T> rowType) {
        return new Table<>();
    }

    public Table<T> column(String header, Function<T, ?> value) {
        return column(header, 0, value);
    }

    /** A column cut at {@code maxSize} characters (0: no limit). */
    public Table<T> column(String header, int maxSize, Function<T, ?> value) {
        columns.add(new Column<>(header, maxSize, false, value));
        return this;
    }

    /** A right-aligned column, for amounts and quantities, so their digits line up. */
    public Table<T> right(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, 0, true, value));
        return this;
    }

    /** Prints a page of rows, then how many of how many {@code noun} it showed ({@code 20 of 134 partners}). */
    public void print(Page<? extends T> page, String noun) {
        print(page.items());
        System.out.println(footer(page, noun));
    }

    static String footer(Page<?> page, String noun) {
        return page.items().size() + " of " + page.total() + " " + noun;
    }

    public void print(Collection<? extends T> rows) {
        print(rows, System.out);
    }

    public void print(Collection<? extends T> rows, PrintStream out) {
        ShellTable table = new ShellTable();
        for (Column<T> column : columns) {
            Col col = table.column(column.header());
            if (column.maxSize() > 0) {
                col.maxSize(column.maxSize());
            }
            if (column.right()) {
                col.alignRight();
            }
        }
        for (T row : rows) {
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(columns.get(i).value().apply(row));
            }
            table.addRow().addContent(cells);
        }
        table.print(out);
    }

    /** How a cell shows a value: nothing for {@code null}, yes/no for booleans, plain digits for decimals. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
