package org.backoffice.finance.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.MatchProposal;
import org.backoffice.finance.api.bank.Reconciliation;
import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;

@Command(scope = "finance", name = "reconcile", description = "Shows a statement's lines with their match or best"
        + " proposal and the reconciliation with the ledger; --auto runs auto-match first")
@Service
public class ReconcileCommand implements Action {

    @Reference
    BankStatementService statements;

    @Argument(index = 0, name = "statement", description = "Statement id", required = true)
    long statement;

    @Option(name = "--auto", aliases = "-a", description = "Run auto-match first (unambiguous exact matches only)")
    boolean auto;

    @Option(name = "--limit", aliases = "-n", description = "How many lines to show (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        if (auto) {
            AutoMatchResult result = statements.autoMatch(statement);
            System.out.println("Auto-match: " + result.matched() + " lines matched, " + result.unmatched()
                    + " left for a person");
        }
        Page<StatementLine> lines = statements.lines(statement, null, PageRequest.first(limit));
        ShellTable table = new ShellTable();
        table.column("Line");
        table.column("Id");
        table.column("Date");
        table.column("Amount").alignRight();
        table.column("Text").maxSize(40);
        table.column("Status");
        table.column("Match / best proposal").maxSize(50);
        for (StatementLine l : lines.items()) {
            table.addRow().addContent(l.lineNo(), l.id(), l.bookingDate(), l.amount().toPlainString(),
                    l.text() == null ? "" : l.text(), l.status(), describe(l));
        }
        table.print(System.out);
        System.out.println(lines.items().size() + " of " + lines.total() + " lines");
        Reconciliation r = statements.reconciliation(statement);
        System.out.println("Statement " + statement + " " + r.status() + ": closing " + r.statementBalance() + " "
                + r.currency() + " on " + r.closingDate() + ", ledger " + r.ledgerAccount() + " " + r.ledgerBalance()
                + ", difference " + r.difference() + ", unmatched lines " + r.unmatchedLines().size());
        return null;
    }

    private String describe(StatementLine line) {
        if (line.status() == StatementLineStatus.EXPLAINED) {
            return line.explanation() + " -> " + line.account();
        }
        if (line.status() == StatementLineStatus.MATCHED) {
            return line.matchKind() + " " + line.matchedNumber();
        }
        List<MatchProposal> proposals = statements.proposals(line.id());
        if (proposals.isEmpty()) {
            return "";
        }
        MatchProposal best = proposals.get(0);
        return "? " + best.kind() + " " + best.number() + " " + best.rule() + " " + best.confidence()
                + (proposals.size() > 1 ? " (+" + (proposals.size() - 1) + ")" : "");
    }
}
