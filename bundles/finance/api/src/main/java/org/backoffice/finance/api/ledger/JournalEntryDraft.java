package org.backoffice.finance.api.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry to record.
 *
 * @param source         {@code MANUAL} (the default) or the module or bridge that creates it, e.g. {@code logistics}
 * @param sourceDocument the id of the originating document in that module, e.g. a shipment number
 * @param post           true to post at once; false to keep it as a DRAFT
 */
public record JournalEntryDraft(LocalDate date, String description, String reference, String source,
        String sourceDocument, Boolean post, List<JournalLineDraft> lines) {

    public static final String MANUAL = "MANUAL";
}
