package org.backoffice.finance.command;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.payables.PaymentRun;
import org.backoffice.finance.api.payables.PaymentRunItem;

/** A payment run as the payment-run commands print it: its bills, then one summary line. */
final class PaymentRunTable {

    private PaymentRunTable() {
    }

    static void print(PaymentRun run, String remark) {
        ShellTable table = new ShellTable();
        table.column("Bill");
        table.column("Number");
        table.column("Supplier");
        table.column("Reference");
        table.column("Due");
        table.column("Amount").alignRight();
        table.column("Payment");
        for (PaymentRunItem item : run.items()) {
            table.addRow().addContent(item.bill(), item.billNumber(), item.supplier(), item.supplierReference(),
                    item.dueDate(), item.amount().toPlainString(), item.payment() == null ? "" : item.payment());
        }
        table.print(System.out);
        System.out.println("Payment run " + run.id() + " " + run.status() + ": " + run.items().size() + " bills, "
                + run.total().toPlainString() + " " + run.currency() + ", " + run.payments().size()
                + " payments on " + run.paymentDate() + remark);
    }
}
