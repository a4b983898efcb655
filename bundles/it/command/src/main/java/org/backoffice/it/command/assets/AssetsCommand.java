package org.backoffice.it.command.assets;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.it.api.assets.Asset;
import org.backoffice.it.api.assets.AssetQuery;
import org.backoffice.it.api.assets.AssetService;
import org.backoffice.it.api.assets.AssetStatus;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "it", name = "assets", description = "Lists assets")
@Service
public class AssetsCommand extends PagedListCommand {

    static final Table<Asset> TABLE = Table.of(Asset.class)
            .column("Tag", Asset::tag)
            .column("Category", Asset::category)
            .column("Model", 30, Asset::model)
            .column("Serial", Asset::serial)
            .column("Status", Asset::status)
            .column("Holder", Asset::holder)
            .column("Location", 30, Asset::location)
            .column("Warranty", Asset::warrantyEnd);

    @Reference
    AssetService assets;

    @Option(name = "--query", aliases = "-q", description = "Part of the tag, serial or model")
    String text;

    @Option(name = "--status", aliases = "-s", description = "IN_STOCK, ASSIGNED, IN_REPAIR, RETIRED or DISPOSED")
    AssetStatus status;

    @Option(name = "--holder", description = "Who holds them")
    String holder;

    @Override
    public Object execute() throws Exception {
        print(ShellProblems.report(() -> assets.find(new AssetQuery(text, status, null, holder), page())), TABLE,
                "assets");
        return null;
    }
}
