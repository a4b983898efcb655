package org.backoffice.it.command.assets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.assets.Licence;
import org.backoffice.it.api.assets.LicenceService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "it", name = "licences", description = "Lists software licences")
@Service
public class LicencesCommand implements Action {

    static final Table<Licence> TABLE = Table.of(Licence.class)
            .column("Code", Licence::code)
            .column("Product", 40, Licence::product)
            .column("Vendor", Licence::vendor)
            .column("Type", Licence::type)
            .right("Seats", Licence::seats)
            .column("Expiry", Licence::expiry);

    @Reference
    LicenceService licences;

    @Override
    public Object execute() throws Exception {
        TABLE.print(ShellProblems.report(() -> licences.list()));
        return null;
    }
}
