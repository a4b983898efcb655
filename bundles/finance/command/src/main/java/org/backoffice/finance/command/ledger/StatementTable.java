package org.backoffice.finance.command.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.backoffice.finance.api.ledger.Statement;
import org.backoffice.platform.support.shell.Table;

/** A profit and loss statement or balance sheet as a console table. */
final class StatementTable {

    /** An account, a section's total or the result. */
    private record Row(Object section, String account, String name, BigDecimal amount) {
    }

    private StatementTable() {
    }

    static void print(Statement statement, String resultLabel) {
        List<Row> rows = new ArrayList<>();
        for (Statement.Section section : statement.sections()) {
            for (Statement.Amount amount : section.accounts()) {
                rows.add(new Row(section.type(), amount.account(), amount.name(), amount.amount()));
            }
            rows.add(new Row(section.type(), "", "Total", section.total()));
        }
        rows.add(new Row(resultLabel, "", "", statement.result()));
        Table.of(Row.class).column("Section", Row::section).column("Account", Row::account)
                .column("Name", 40, Row::name).right("Amount " + statement.currency(), Row::amount).print(rows);
    }
}
