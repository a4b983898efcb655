package org.backoffice.finance.command.document;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.AgingRow;
import org.backoffice.platform.support.shell.Table;

/** An aging report (receivables or payables) as a table: one row per partner, then the totals. */
public final class AgingTable {

    private record Row(String name, AgingRow amounts) {
    }

    private AgingTable() {
    }

    public static void print(String title, String partnerColumn, AgingReport report, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        report.items().forEach(row -> rows.add(new Row(row.partner(), row)));
        rows.add(new Row("TOTAL", report.totals()));
        out.println(title + " as of " + report.asOf() + " (" + report.currency() + ")");
        Table.of(Row.class).column(partnerColumn, Row::name)
                .right("Current", row -> row.amounts().current())
                .right("1-30", row -> row.amounts().d1to30())
                .right("31-60", row -> row.amounts().d31to60())
                .right("61-90", row -> row.amounts().d61to90())
                .right(">90", row -> row.amounts().over90())
                .right("Total", row -> row.amounts().total())
                .print(rows, out);
    }
}
