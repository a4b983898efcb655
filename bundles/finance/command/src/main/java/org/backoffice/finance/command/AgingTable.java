package org.backoffice.finance.command;

import java.io.PrintStream;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.AgingRow;

/** An aging report (receivables or payables) as a table: one row per partner, then the totals. */
final class AgingTable {

    private AgingTable() {
    }

    static void print(String title, String partnerColumn, AgingReport report, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column(partnerColumn);
        for (String bucket : new String[] {"Current", "1-30", "31-60", "61-90", ">90", "Total"}) {
            table.column(bucket).alignRight();
        }
        for (AgingRow row : report.items()) {
            add(table, row.partner(), row);
        }
        add(table, "TOTAL", report.totals());
        out.println(title + " as of " + report.asOf() + " (" + report.currency() + ")");
        table.print(out);
    }

    private static void add(ShellTable table, String name, AgingRow row) {
        table.addRow().addContent(name, row.current().toPlainString(), row.d1to30().toPlainString(),
                row.d31to60().toPlainString(), row.d61to90().toPlainString(), row.over90().toPlainString(),
                row.total().toPlainString());
    }
}
