package org.backoffice.finance.command;

import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.ledger.Statement;

/** A profit and loss statement or balance sheet as a console table. */
final class StatementTable {

    private StatementTable() {
    }

    static void print(Statement statement, String resultLabel) {
        ShellTable table = new ShellTable();
        table.column("Section");
        table.column("Account");
        table.column("Name").maxSize(40);
        table.column("Amount " + statement.currency()).alignRight();
        for (Statement.Section section : statement.sections()) {
            for (Statement.Amount amount : section.accounts()) {
                table.addRow().addContent(section.type(), amount.account(), amount.name(),
                        amount.amount().toPlainString());
            }
            table.addRow().addContent(section.type(), "", "Total", section.total().toPlainString());
        }
        table.addRow().addContent(resultLabel, "", "", statement.result().toPlainString());
        table.print(System.out);
    }
}
