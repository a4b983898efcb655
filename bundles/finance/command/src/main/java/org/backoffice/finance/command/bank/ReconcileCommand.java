package org.backoffice.finance.command.bank;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.bank.AutoMatchResult;
import org.backoffice.finance.api.bank.BankStatementService;
import org.backoffice.finance.api.bank.MatchProposal;
import org.backoffice.finance.api.bank.Reconciliation;
import org.backoffice.finance.api.bank.StatementLine;
import org.backoffice.finance.api.bank.StatementLineStatus;
import org.backoffice.platform.support.shell.PagedListCommand;
import org.backoffice.platform.support.shell.Table;

@Command(scope = "finance", name = "reconcile", description = "Shows a statement's lines with their match or best"
        + " proposal and the reconciliation with the ledger; --auto runs auto-match first")
@Service
public class ReconcileCommand extends PagedListCommand {

    @Reference
    BankStatementService statements;

    @Argument(index = 0, name = "statement", description = "Statement id", required = true)
    long statement;

    @Option(name = "--auto", aliases = "-a", description = "Run auto-match first (unambiguous exact matches only)")
    boolean auto;

    @Override
    public Object execute() {
        if (auto) {
            AutoMatchResult result = statements.autoMatch(statement);
            System.out.println("Auto-match: " + result.matched() + " lines matched, " + result.unmatched()
                    + " left for a person");
        }
        // the match column asks the service for proposals, so this table is built per run of the command
        Table<StatementLine> table = Table.of(StatementLine.class)
                .column("Line", StatementLine::lineNo)
                .column("Id", StatementLine::id)
                .column("Date", StatementLine::bookingDate)
                .column("Amount", StatementLine::amount)
                .column("Text", 40, StatementLine::text)
                .column("Status", StatementLine::status)
                .column("Match / best proposal", 50, this::describe);
        print(statements.lines(statement, null, page()), table, "lines");
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
