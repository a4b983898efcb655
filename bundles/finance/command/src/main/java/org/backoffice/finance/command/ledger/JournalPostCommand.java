package org.backoffice.finance.command.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.backoffice.finance.api.ledger.JournalEntry;
import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.api.ledger.LedgerService;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.support.shell.ShellProblems;
import org.backoffice.platform.support.shell.ShellValues;

@Command(scope = "finance", name = "journal-post", description = "Posts a journal entry; each line is ACCOUNT:D|C:AMOUNT[:CURRENCY]"
        + ", e.g. finance:journal-post -d 2026-11-03 \"Cash sale\" 1000:D:100.00 4000:C:100.00. Without arguments it asks"
        + " for the entry line by line, shows the running totals and asks before posting.")
@Service
public class JournalPostCommand implements Action {

    @Reference
    LedgerService ledger;

    @Option(name = "--date", aliases = "-d", description = "Entry date (default today)")
    String date;

    @Option(name = "--reference", aliases = "-r", description = "External reference")
    String reference;

    @Option(name = "--draft", description = "Save as a draft instead of posting")
    boolean draft;

    @Reference
    Session session;

    @Argument(index = 0, name = "description", description = "What the entry is for (asked when omitted)")
    String description;

    @Argument(index = 1, name = "lines", description = "ACCOUNT:D|C:AMOUNT[:CURRENCY], at least two",
            multiValued = true)
    @Completion(AccountCodeCompleter.class)
    List<String> lines;

    @Override
    public Object execute() throws Exception {
        List<JournalLineDraft> parsed = new ArrayList<>();
        if (description == null) {
            Prompter prompter = new Prompter(session);
            if (!ask(prompter, parsed)) {
                System.out.println("Nothing posted.");
                return null;
            }
        } else {
            if (lines == null || lines.isEmpty()) {
                throw ValidationFailedException.of("lines", "an entry needs at least two lines");
            }
            for (int i = 0; i < lines.size(); i++) {
                parsed.add(parse(i, lines.get(i)));
            }
        }
        JournalEntry entry = ShellProblems.report(() -> ledger.record(new JournalEntryDraft(entryDate(), description,
                reference, null, null, !draft, parsed)));
        System.out.println((entry.number() == null ? "Draft " + entry.id() : entry.number()) + " " + entry.status()
                + " (id " + entry.id() + ", " + entry.lines().size() + " lines)");
        return null;
    }

    /** Asks for the entry; false when the user declined to post it. */
    private boolean ask(Prompter prompter, List<JournalLineDraft> parsed) throws IOException {
        description = prompter.ask("Description: ");
        if (description == null || description.isBlank()) {
            return false;
        }
        String answer = prompter.ask("Date [" + (date == null ? LocalDate.now() : date) + "]: ");
        if (answer != null && !answer.isBlank()) {
            date = answer.trim();
        }
        entryDate();
        answer = prompter.ask("Reference (optional): ");
        if (answer != null && !answer.isBlank()) {
            reference = answer.trim();
        }
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        System.out.println("Lines as ACCOUNT:D|C:AMOUNT[:CURRENCY], an empty line to finish.");
        while (true) {
            String text = prompter.ask("Line " + (parsed.size() + 1) + ": ");
            if (text == null || text.isBlank()) {
                break;
            }
            try {
                JournalLineDraft line = parse(parsed.size(), text.trim());
                parsed.add(line);
                debits = line.debit() != null ? debits.add(line.debit()) : debits;
                credits = line.credit() != null ? credits.add(line.credit()) : credits;
                BigDecimal difference = debits.subtract(credits);
                System.out.println("  debits " + debits.toPlainString() + "  credits " + credits.toPlainString()
                        + (difference.signum() == 0 ? "  balanced" : "  difference " + difference.toPlainString()));
            } catch (ValidationFailedException e) {
                System.out.println("  " + e.errors().get(0).message() + "; try again");
            }
        }
        if (parsed.isEmpty()) {
            return false;
        }
        String verb = draft ? "Save as draft" : "Post";
        String confirm = prompter.ask(verb + " " + parsed.size() + " lines? [y/N] ");
        return confirm != null && (confirm.trim().equalsIgnoreCase("y") || confirm.trim().equalsIgnoreCase("yes"));
    }

    private LocalDate entryDate() {
        return date == null ? LocalDate.now() : ShellValues.date("date", date);
    }

    private static JournalLineDraft parse(int index, String text) {
        String[] parts = text.split(":");
        if (parts.length < 3 || parts.length > 4 || !(parts[1].equalsIgnoreCase("D") || parts[1].equalsIgnoreCase("C"))) {
            throw ValidationFailedException.of("lines[" + index + "]", "must look like 1200:D:100.00 or 4000:C:100.00:EUR");
        }
        BigDecimal amount = ShellValues.decimal("lines[" + index + "].amount", parts[2]);
        String currency = parts.length == 4 ? parts[3] : null;
        boolean debit = parts[1].equalsIgnoreCase("D");
        return new JournalLineDraft(parts[0], debit ? amount : null, debit ? null : amount, currency, null, null);
    }
}
