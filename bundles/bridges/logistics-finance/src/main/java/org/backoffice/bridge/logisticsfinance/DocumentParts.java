package org.backoffice.bridge.logisticsfinance;

import java.util.ArrayList;
import java.util.List;

import org.backoffice.finance.api.receivables.InvoiceDraft;

/**
 * A shipment or goods receipt with more lines than one finance document takes ({@link InvoiceDraft#MAX_LINES})
 * becomes several documents, in line order. The first carries the logistics number as its reference, the next ones
 * the number and their part ({@code SH-12/2}, {@code SH-12/3}), so each part is found again, and made once, on its own.
 */
final class DocumentParts {

    private DocumentParts() {
    }

    /** The lines in parts of at most {@link InvoiceDraft#MAX_LINES}; one (possibly empty) part at least. */
    static <T> List<List<T>> of(List<T> lines) {
        List<List<T>> parts = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += InvoiceDraft.MAX_LINES) {
            parts.add(List.copyOf(lines.subList(start, Math.min(lines.size(), start + InvoiceDraft.MAX_LINES))));
        }
        if (parts.isEmpty()) {
            parts.add(lines);
        }
        return parts;
    }

    /** The reference of part {@code part} (from 1) of the document numbered {@code number}. */
    static String reference(String number, int part) {
        return part == 1 ? number : number + "/" + part;
    }
}
