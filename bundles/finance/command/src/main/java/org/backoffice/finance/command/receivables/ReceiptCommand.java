package org.backoffice.finance.command.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.receivables.Allocation;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.finance.api.receivables.Receipt;
import org.backoffice.finance.api.receivables.ReceiptDraft;
import org.backoffice.finance.api.receivables.ReceivablesService;
import org.backoffice.finance.command.ledger.AccountCodeCompleter;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "receipt", description = "Records money received from a customer and applies it"
        + " to invoices, e.g. finance:receipt C001 150.00 --invoice 12:100.00 --invoice 13; an invoice without an"
        + " amount takes its open amount; the rest stays as customer credit. Other options go before CUSTOMER")
@Service
public class ReceiptCommand implements Action {

    private static final Table<Allocation> ALLOCATIONS = Table.of(Allocation.class)
            .column("Invoice", Allocation::invoice)
            .column("Number", Allocation::invoiceNumber)
            .column("Allocated", Allocation::amount);

    @Reference
    ReceivablesService receivables;

    @Argument(index = 0, name = "customer", description = "Customer code", required = true)
    String customer;

    @Argument(index = 1, name = "amount", description = "Amount received", required = true)
    BigDecimal amount;

    @Option(name = "--invoice", aliases = "-i", description = "ID[:AMOUNT] of an invoice to pay", multiValued = true)
    @Completion(InvoiceIdCompleter.class)
    List<String> invoices;

    /**
     * Karaf reads options only before the arguments; after them, {@code --invoice ID[:AMOUNT]} (or plain
     * {@code ID[:AMOUNT]}) arrives here and is read the same way.
     */
    @Argument(index = 2, name = "invoices", description = "[--invoice] ID[:AMOUNT] of invoices to pay",
            multiValued = true)
    @Completion(InvoiceIdCompleter.class)
    List<String> trailing;

    @Option(name = "--date", aliases = "-d", description = "Receipt date (default today)")
    String date;

    @Option(name = "--bank-account", aliases = "-b", description = "Account debited (default: configured bank)")
    @Completion(AccountCodeCompleter.class)
    String bankAccount;

    @Option(name = "--reference", aliases = "-r", description = "Bank reference")
    String reference;

    @Override
    public Object execute() throws Exception {
        Receipt receipt = ShellProblems.report(this::record);
        System.out.println("Receipt " + receipt.number() + " from " + receipt.customer() + ": "
                + receipt.amount().toPlainString() + " " + receipt.currency());
        ALLOCATIONS.print(receipt.allocations());
        System.out.println("Unallocated (customer credit): " + receipt.unallocated().toPlainString());
        return null;
    }

    private Receipt record() {
        List<AllocationDraft> allocations = new ArrayList<>();
        List<String> wanted = new ArrayList<>(invoices == null ? List.of() : invoices);
        if (trailing != null) {
            trailing.stream().filter(t -> !t.equals("--invoice") && !t.equals("-i")).forEach(wanted::add);
        }
        for (int i = 0; i < wanted.size(); i++) {
            allocations.add(parse(i, wanted.get(i)));
        }
        LocalDate day = date == null ? LocalDate.now() : ShellValues.date("date", date);
        return receivables.recordReceipt(new ReceiptDraft(customer, day, amount, null, bankAccount, reference,
                allocations));
    }

    /** {@code ID} (its open amount) or {@code ID:AMOUNT}. */
    private AllocationDraft parse(int index, String value) {
        String field = "invoice[" + index + "]";
        String[] parts = value.split(":", -1);
        try {
            long id = Long.parseLong(parts[0].trim());
            if (parts.length == 1) {
                return new AllocationDraft(id, receivables.requireInvoice(id).open());
            }
            if (parts.length == 2) {
                return new AllocationDraft(id, ShellValues.decimal(field, parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationFailedException.of(field, "'" + value + "' is not ID or ID:AMOUNT");
    }
}
