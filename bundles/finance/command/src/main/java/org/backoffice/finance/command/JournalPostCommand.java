package org.backoffice.finance.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.backoffice.finance.api.JournalEntry;
import org.backoffice.finance.api.JournalEntryDraft;
import org.backoffice.finance.api.JournalLineDraft;
import org.backoffice.finance.api.LedgerService;
import org.backoffice.platform.api.error.ValidationFailedException;

@Command(scope = "finance", name = "journal-post", description = "Posts a journal entry; each line is ACCOUNT:D|C:AMOUNT[:CURRENCY]"
        + ", e.g. finance:journal-post -d 2026-11-03 \"Cash sale\" 1000:D:100.00 4000:C:100.00")
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

    @Argument(index = 0, name = "description", description = "What the entry is for", required = true)
    String description;

    @Argument(index = 1, name = "lines", description = "ACCOUNT:D|C:AMOUNT[:CURRENCY], at least two",
            required = true, multiValued = true)
    List<String> lines;

    @Override
    public Object execute() {
        List<JournalLineDraft> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            parsed.add(parse(i, lines.get(i)));
        }
        LocalDate entryDate;
        try {
            entryDate = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationFailedException.of("date", "must be a date like 2026-11-03");
        }
        JournalEntry entry = ledger.record(new JournalEntryDraft(entryDate, description, reference, null, null,
                !draft, parsed));
        System.out.println((entry.number() == null ? "Draft " + entry.id() : entry.number()) + " " + entry.status()
                + " (id " + entry.id() + ", " + entry.lines().size() + " lines)");
        return null;
    }

    private static JournalLineDraft parse(int index, String text) {
        String[] parts = text.split(":");
        if (parts.length < 3 || parts.length > 4 || !(parts[1].equalsIgnoreCase("D") || parts[1].equalsIgnoreCase("C"))) {
            throw ValidationFailedException.of("lines[" + index + "]", "must look like 1200:D:100.00 or 4000:C:100.00:EUR");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(parts[2]);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("lines[" + index + "].amount", "must be a decimal number");
        }
        String currency = parts.length == 4 ? parts[3] : null;
        boolean debit = parts[1].equalsIgnoreCase("D");
        return new JournalLineDraft(parts[0], debit ? amount : null, debit ? null : amount, currency, null, null);
    }
}
