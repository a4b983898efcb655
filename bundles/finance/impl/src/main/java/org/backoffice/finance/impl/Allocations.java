package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.AllocationDraft;
import org.backoffice.finance.api.InvoiceStatus;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.Validator;

/**
 * The rules of applying money to invoices, independent of storage: each allocation positive with the currency's
 * decimals, to a posted invoice of the same customer and currency dated no later than the allocation, at most its
 * open amount (summed over allocations to the same invoice), and all of them together at most what is available.
 */
final class Allocations {

    /** What the rules need to know about an invoice. */
    record Target(long id, String customer, String currency, InvoiceStatus status, java.time.LocalDate date,
            BigDecimal open) {
    }

    private Allocations() {
    }

    /** Checks what needs no database; {@code field} is e.g. {@code allocations}. */
    static void checkShape(Validator v, String field, List<AllocationDraft> allocations, String currency) {
        if (allocations == null) {
            return;
        }
        int digits = Money.minorDigits(currency);
        for (int i = 0; i < allocations.size(); i++) {
            AllocationDraft a = allocations.get(i);
            String at = field + "[" + i + "]";
            if (a == null) {
                v.reject(at, "is empty");
                continue;
            }
            v.required(at + ".invoice", a.invoice());
            if (v.required(at + ".amount", a.amount())) {
                if (a.amount().signum() <= 0) {
                    v.reject(at + ".amount", "must be more than zero");
                } else if (a.amount().stripTrailingZeros().scale() > digits) {
                    v.reject(at + ".amount", "has more than " + digits + " decimals for " + currency);
                }
            }
        }
    }

    /**
     * Checks the allocations against their invoices ({@code targets} by id; missing ones do not exist) and returns
     * what remains unallocated of {@code available}.
     */
    static BigDecimal check(Validator v, String field, String customer, String currency, java.time.LocalDate date,
            BigDecimal available, List<AllocationDraft> allocations, Map<Long, Target> targets) {
        Map<Long, BigDecimal> taken = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < allocations.size(); i++) {
            AllocationDraft a = allocations.get(i);
            String at = field + "[" + i + "]";
            Target invoice = targets.get(a.invoice());
            if (invoice == null) {
                v.reject(at + ".invoice", "invoice " + a.invoice() + " does not exist");
                continue;
            }
            if (invoice.status() == InvoiceStatus.DRAFT) {
                v.reject(at + ".invoice", "invoice " + a.invoice() + " is a draft; post it first");
                continue;
            }
            if (!invoice.customer().equals(customer)) {
                v.reject(at + ".invoice", "invoice " + a.invoice() + " belongs to customer " + invoice.customer());
                continue;
            }
            if (!invoice.currency().equals(currency)) {
                v.reject(at + ".invoice", "invoice " + a.invoice() + " is in " + invoice.currency() + ", not "
                        + currency);
                continue;
            }
            if (invoice.date().isAfter(date)) {
                v.reject(at + ".invoice", "invoice " + a.invoice() + " is dated " + invoice.date() + ", after "
                        + date);
                continue;
            }
            BigDecimal already = taken.getOrDefault(a.invoice(), BigDecimal.ZERO);
            BigDecimal left = invoice.open().subtract(already);
            if (a.amount().compareTo(left) > 0) {
                v.reject(at + ".amount", "is more than the open amount " + Money.display(left, currency)
                        + " of invoice " + a.invoice());
                continue;
            }
            taken.put(a.invoice(), already.add(a.amount()));
            total = total.add(a.amount());
        }
        if (total.compareTo(available) > 0) {
            v.reject(field, "allocate at most " + Money.display(available, currency) + " in total, not "
                    + Money.display(total, currency));
        }
        return available.subtract(total);
    }
}
