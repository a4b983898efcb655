package org.backoffice.finance.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.document.TaxCode;
import org.backoffice.finance.api.document.TaxCodeService;

@Command(scope = "finance", name = "tax-codes", description = "Lists the tax codes")
@Service
public class TaxCodesCommand implements Action {

    @Reference
    TaxCodeService taxCodes;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Rate %").alignRight();
        table.column("Output tax");
        table.column("Input tax");
        table.column("Active");
        for (TaxCode t : taxCodes.list()) {
            table.addRow().addContent(t.code(), t.name(), t.rate().toPlainString(), t.outputAccount(),
                    t.inputAccount(), t.active());
        }
        table.print(System.out);
        return null;
    }
}
