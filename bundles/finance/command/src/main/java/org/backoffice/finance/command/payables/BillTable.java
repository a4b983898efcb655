package org.backoffice.finance.command.payables;

import org.backoffice.finance.api.payables.Bill;
import org.backoffice.platform.support.shell.Table;

/** Supplier bills as a console table. */
final class BillTable {

    static final Table<Bill> TABLE = Table.of(Bill.class)
            .column("Id", Bill::id)
            .column("Number", Bill::number)
            .column("Supplier", Bill::supplier)
            .column("Reference", Bill::supplierReference)
            .column("Date", Bill::date)
            .column("Due", Bill::dueDate)
            .column("Status", Bill::status)
            .column("Cur", Bill::currency)
            .column("Gross", Bill::gross)
            .column("Open", Bill::open);

    private BillTable() {
    }
}
