package org.backoffice.logistics.command;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.logistics.api.stock.CycleCount;

/** Prints a cycle count with its lines. */
final class CountTable {

    private CountTable() {
    }

    static void print(CycleCount count) {
        System.out.println("Cycle count " + count.id() + " of " + count.warehouse() + "/" + count.location() + ": "
                + count.status());
        ShellTable table = new ShellTable();
        table.column("SKU");
        table.column("Unit");
        table.column("Expected").alignRight();
        table.column("Counted").alignRight();
        table.column("Difference").alignRight();
        for (CycleCount.Line line : count.lines()) {
            table.addRow().addContent(line.sku(), line.uom(), Text.value(line.expected()), Text.value(line.counted()),
                    Text.value(line.difference()));
        }
        table.print(System.out);
    }
}
