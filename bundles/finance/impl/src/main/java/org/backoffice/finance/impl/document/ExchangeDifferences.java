package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLine;
import org.backoffice.finance.api.ledger.JournalLineDraft;
import org.backoffice.finance.impl.ledger.LedgerTransaction;
import org.backoffice.platform.api.Money;

/**
 * Realized exchange differences. A document in a foreign currency (an invoice, a bill) sits on its control account
 * (receivables, payables) at the rate of its own date; what settles it (a receipt, a credit note, a supplier payment)
 * takes it off at the rate of its date. The base-currency difference of each settlement is posted at once, against
 * the exchange difference account, so a settled document leaves nothing on the control account in base currency
 * either.
 *
 * <p>Each side of a settlement is valued as the difference of its rounded cumulative values,
 * {@code round(rate × (before + amount)) − round(rate × before)}: the parts of a document settled in several steps add
 * up to its posted base amount exactly, cent for cent, and so do the parts of a receipt allocated to several invoices.
 */
public final class ExchangeDifferences {

    private static final String LINE_RATE = "SELECT RATE FROM FIN_JOURNAL_LINE WHERE ENTRY_ID = ?"
            + " AND ACCOUNT_CODE = ? ORDER BY LINE_NO";

    private final String baseCurrency;
    private final String account;
    private final int baseDigits;

    public ExchangeDifferences(String baseCurrency, String account) {
        this.baseCurrency = baseCurrency;
        this.account = account;
        this.baseDigits = Money.minorDigits(baseCurrency);
    }

    /** True for documents in the base currency: they have no exchange differences. */
    public boolean none(String currency) {
        return baseCurrency.equals(currency);
    }

    /**
     * In base currency: the part of a document or settlement of {@code rate} that {@code amount} takes after
     * {@code before} was taken.
     */
    public BigDecimal part(BigDecimal rate, BigDecimal before, BigDecimal amount) {
        return base(rate.multiply(before.add(amount))).subtract(base(rate.multiply(before)));
    }

    private BigDecimal base(BigDecimal value) {
        return value.setScale(baseDigits, RoundingMode.HALF_EVEN);
    }

    /** The rate of a stored entry's first line on {@code account} (a document's receivable or payable line). */
    public static BigDecimal rate(EntityManager em, long entry, String account) {
        List<?> rates = em.createNativeQuery(LINE_RATE).setParameter(1, entry).setParameter(2, account)
                .setMaxResults(1).getResultList();
        if (rates.isEmpty()) {
            throw new IllegalStateException("journal entry " + entry + " has no line on " + account);
        }
        return (BigDecimal) rates.get(0);
    }

    /** The rate of a just posted entry's first line on {@code account}. */
    public static BigDecimal rate(List<JournalLine> lines, String account) {
        return lines.stream().filter(l -> l.account().equals(account)).findFirst().map(JournalLine::rate)
                .orElseThrow(() -> new IllegalStateException("the entry has no line on " + account));
    }

    /**
     * Posts what a settlement leaves on the control account in base currency: the document's part less the
     * settlement's part, on the document's side ({@code documentDebit}: receivables; else payables). Nothing when they
     * are equal.
     */
    public void post(LedgerTransaction tx, LocalDate date, String control, String partner, boolean documentDebit,
            BigDecimal documentPart, BigDecimal settlementPart, String description, String source,
            String sourceDocument) {
        BigDecimal left = documentPart.subtract(settlementPart);
        if (left.signum() == 0) {
            return;
        }
        BigDecimal amount = left.abs();
        boolean creditControl = documentDebit == (left.signum() > 0); // take a debit left over off with a credit
        List<JournalLineDraft> lines = List.of(
                new JournalLineDraft(control, creditControl ? null : amount, creditControl ? amount : null, null,
                        partner, "exchange difference"),
                new JournalLineDraft(account, creditControl ? amount : null, creditControl ? null : amount, null,
                        null, "exchange difference"));
        tx.post(tx.check(new JournalEntryDraft(date, description, null, source, null, true, lines)), sourceDocument);
    }
}
