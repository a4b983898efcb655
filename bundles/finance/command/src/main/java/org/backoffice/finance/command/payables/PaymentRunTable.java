package org.backoffice.finance.command.payables;

import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunItem;
import org.backoffice.platform.support.shell.Table;

/** A payment run as the payment-run commands print it: its bills, then one summary line. */
final class PaymentRunTable {

    static final Table<PaymentRunItem> TABLE = Table.of(PaymentRunItem.class)
            .column("Bill", PaymentRunItem::bill)
            .column("Number", PaymentRunItem::billNumber)
            .column("Supplier", PaymentRunItem::supplier)
            .column("Reference", PaymentRunItem::supplierReference)
            .column("Due", PaymentRunItem::dueDate)
            .column("Amount", PaymentRunItem::amount)
            .column("Payment", PaymentRunItem::payment);

    private PaymentRunTable() {
    }

    static void print(PaymentRun run, String remark) {
        TABLE.print(run.items());
        System.out.println("Payment run " + run.id() + " " + run.status() + ": " + run.items().size() + " bills, "
                + run.total().toPlainString() + " " + run.currency() + ", " + run.payments().size()
                + " payments on " + run.paymentDate() + remark);
    }
}
