package org.backoffice.finance.command.receivables;

import org.backoffice.finance.api.receivables.Invoice;
import org.backoffice.platform.support.shell.Table;

/** Customer invoices as a console table. */
final class InvoiceTable {

    static final Table<Invoice> TABLE = Table.of(Invoice.class)
            .column("Id", Invoice::id)
            .column("Number", Invoice::number)
            .column("Customer", Invoice::customer)
            .column("Date", Invoice::date)
            .column("Due", Invoice::dueDate)
            .column("Status", Invoice::status)
            .column("Cur", Invoice::currency)
            .column("Gross", Invoice::gross)
            .column("Open", Invoice::open);

    private InvoiceTable() {
    }
}
