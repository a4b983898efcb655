package org.backoffice.logistics.command.stock;

import org.backoffice.logistics.api.stock.CycleCount;
import org.backoffice.platform.support.shell.Table;

/** Prints a cycle count with its lines. */
final class CountTable {

    private static final Table<CycleCount.Line> LINES = Table.of(CycleCount.Line.class)
            .column("SKU", CycleCount.Line::sku).column("Unit", CycleCount.Line::uom)
            .right("Expected", CycleCount.Line::expected).right("Counted", CycleCount.Line::counted)
            .right("Difference", CycleCount.Line::difference);

    private CountTable() {
    }

    static void print(CycleCount count) {
        System.out.println("Cycle count " + count.id() + " of " + count.warehouse() + "/" + count.location() + ": "
                + count.status());
        LINES.print(count.lines());
    }
}
