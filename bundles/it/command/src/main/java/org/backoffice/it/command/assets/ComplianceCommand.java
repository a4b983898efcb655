package org.backoffice.it.command.assets;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.assets.Compliance;
import org.backoffice.it.api.assets.LicenceService;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "it", name = "compliance", description = "Seats owned, used and over-used per licence")
@Service
public class ComplianceCommand implements Action {

    static final Table<Compliance> TABLE = Table.of(Compliance.class)
            .column("Licence", Compliance::licence)
            .column("Product", 40, Compliance::product)
            .right("Owned", Compliance::owned)
            .right("Used", Compliance::used)
            .right("Over-use", Compliance::overUse)
            .column("Expiry", Compliance::expiry)
            .column("Expired", Compliance::expired);

    @Reference
    LicenceService licences;

    @Override
    public Object execute() throws Exception {
        TABLE.print(ShellProblems.report(() -> licences.compliance()));
        return null;
    }
}
