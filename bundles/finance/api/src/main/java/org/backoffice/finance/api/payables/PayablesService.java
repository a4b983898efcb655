package org.backoffice.finance.api.payables;

import java.time.LocalDate;
import java.util.Optional;

import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts payable: supplier bills, supplier payments, payment runs and aging. Everything that reaches the ledger
 * (posting a bill, paying, executing a run) commits together with its journal entries or not at all. Invalid input
 * is a {@code ValidationFailedException} naming the JSON field.
 */
@ProviderType
public interface PayablesService {

    /**
     * Saves a DRAFT bill (no number, nothing in the ledger). A bill whose supplier already has one with the same
     * {@code supplierReference} is refused (422 naming {@code supplierReference}).
     */
    Bill createBill(BillDraft draft);

    /** Replaces a DRAFT; a posted bill is a {@code ConflictProblem}. */
    Bill updateBill(long id, BillDraft draft);

    Optional<Bill> getBill(long id);

    Bill requireBill(long id);

    /** Newest first. */
    Page<Bill> findBills(BillQuery query, PageRequest page);

    /** Numbers the draft ({@code BILL-2028-000001}) and posts expense / input tax / payables in one transaction. */
    Bill postBill(long id);

    /** Records and posts a payment to a supplier with its allocations to posted bills. */
    SupplierPayment recordPayment(SupplierPaymentDraft draft);

    SupplierPayment requirePayment(long id);

    /** Newest first; {@code supplier} null for all. */
    Page<SupplierPayment> findPayments(String supplier, PageRequest page);

    /**
     * Proposes a run of the posted, unpaid bills due on or before {@code dueBy} that no other PROPOSED run holds;
     * nothing reaches the ledger.
     */
    PaymentRun proposePaymentRun(PaymentRunDraft draft);

    PaymentRun requirePaymentRun(long id);

    /** Newest first. */
    Page<PaymentRun> findPaymentRuns(PageRequest page);

    /** Removes a bill from a PROPOSED run. */
    PaymentRun excludeFromPaymentRun(long runId, long billId);

    /** Pays a PROPOSED run: one payment per supplier, all in one transaction; the run becomes EXECUTED. */
    PaymentRun executePaymentRun(long id);

    /** Drops a PROPOSED run without paying: it becomes CANCELLED and its bills can be proposed again. */
    PaymentRun cancelPaymentRun(long id);

    /** The ISO 20022 {@code pain.001.001.03} credit transfer of an EXECUTED run, UTF-8 XML. */
    String paymentRunPain001(long id);

    /** Open bill amounts as of the day, in {@code currency} (base if null), by supplier code. */
    AgingReport aging(LocalDate asOf, String currency);
}
