package org.backoffice.finance.command.dunning;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.backoffice.platform.support.shell.Table;

/** Dunning notices as a console table (a preview's notices have no id or number yet). */
final class DunningNoticeTable {

    static final Table<DunningNotice> TABLE = Table.of(DunningNotice.class)
            .column("Id", DunningNotice::id)
            .column("Number", DunningNotice::number)
            .column("Date", DunningNotice::date)
            .column("Customer", DunningNotice::customer)
            .column("Level", notice -> notice.level() + " " + notice.levelName())
            .column("Invoices", notice -> notice.invoices().size())
            .column("Total", DunningNotice::total)
            .column("Fee", DunningNotice::fee)
            .column("Cur", DunningNotice::currency);

    private DunningNoticeTable() {
    }
}
