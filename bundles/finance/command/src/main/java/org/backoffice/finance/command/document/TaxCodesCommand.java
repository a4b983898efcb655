package org.backoffice.finance.command.document;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.document.TaxCode;
import org.backoffice.finance.api.document.TaxCodeService;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "tax-codes", description = "Lists the tax codes")
@Service
public class TaxCodesCommand implements Action {

    private static final Table<TaxCode> TABLE = Table.of(TaxCode.class)
            .column("Code", TaxCode::code)
            .column("Name", TaxCode::name)
            .column("Rate %", TaxCode::rate)
            .column("Output tax", TaxCode::outputAccount)
            .column("Input tax", TaxCode::inputAccount)
            .column("Active", TaxCode::active);

    @Reference
    TaxCodeService taxCodes;

    @Override
    public Object execute() {
        TABLE.print(taxCodes.list());
        return null;
    }
}
