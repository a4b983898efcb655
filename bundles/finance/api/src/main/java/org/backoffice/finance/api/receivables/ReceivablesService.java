package org.backoffice.finance.api.receivables;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts receivable: customer invoices, credit notes, receipts and aging. Everything that reaches the ledger (posting
 * an invoice or credit note, recording a receipt, allocating) commits together with its journal entry or not at all;
 * a refused posting leaves the document as it was. Invalid input is a {@code ValidationFailedException} naming the
 * JSON field.
 */
@ProviderType
public interface ReceivablesService {

    /** Saves a DRAFT (no number, nothing in the ledger). */
    Invoice createInvoice(InvoiceDraft draft);

    /** Replaces a DRAFT; a posted invoice is a {@code ConflictProblem}. */
    Invoice updateInvoice(long id, InvoiceDraft draft);

    Optional<Invoice> getInvoice(long id);

    Invoice requireInvoice(long id);

    /** Newest first. */
    Page<Invoice> findInvoices(InvoiceQuery query, PageRequest page);

    /**
     * The customer's invoice (draft or posted) carrying exactly this reference, the oldest when there are several; how
     * a bridge that invoices another module's documents (reference = the document's number) finds out whether it did
     * already.
     *
     * @since 1.3
     */
    Optional<Invoice> findInvoiceByReference(String customer, String reference);

    /** Numbers the draft and posts its journal entry (receivable / income / output tax) in one transaction. */
    Invoice postInvoice(long id);

    /** Creates and posts a credit note; its gross may not exceed the invoice's open amount. */
    CreditNote createCreditNote(CreditNoteDraft draft);

    CreditNote requireCreditNote(long id);

    /** Newest first; {@code invoice} null for all. */
    Page<CreditNote> findCreditNotes(Long invoice, PageRequest page);

    /** Records and posts a receipt with its allocations. */
    Receipt recordReceipt(ReceiptDraft draft);

    /** Applies unallocated money of a receipt to invoices, dated {@code date} (today when null). */
    Receipt allocate(long receiptId, LocalDate date, List<AllocationDraft> allocations);

    Receipt requireReceipt(long id);

    /** Newest first; {@code customer} null for all. */
    Page<Receipt> findReceipts(String customer, PageRequest page);

    CustomerCredit customerCredit(String customer);

    /** Open amounts as of the day (documents and allocations dated on or before it), in {@code currency} (base if null). */
    AgingReport aging(LocalDate asOf, String currency);
}
