package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.finance.api.document.InvoiceStatus;
import org.backoffice.finance.api.payables.BillAllocationDraft;
import org.backoffice.finance.api.receivables.AllocationDraft;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.Validator;

/**
 * The rules of applying money to documents (receipts to customer invoices, supplier payments to bills), independent
 * of storage: each allocation positive with the currency's decimals, to a posted document of the same partner and
 * currency dated no later than the allocation, at most its open amount (summed over allocations to the same
 * document), and all of them together at most what is available.
 */
public final class Allocations {

    /** What is allocated to: the JSON name of the document field and the partner it belongs to. */
    record Kind(String document, String partner) {
    }

    static final Kind INVOICES = new Kind("invoice", "customer");
    public static final Kind BILLS = new Kind("bill", "supplier");

    /** What the rules need to know about a document. */
    public record Target(long id, String partner, String currency, InvoiceStatus status, LocalDate date,
            BigDecimal open) {
    }

    /** One allocation asked for, whatever its api type. */
    public record Part(Long document, BigDecimal amount) {
    }

    private Allocations() {
    }

    /*
     * Audit records of settlements. A receipt, a supplier payment and an allocation are rows that keep every field
     * (amount, partner, date, document), so their records say who and when with the document in one line
     * ("RC-2026-000004 from C-1, 100.00 EUR"), not a change row per field: bank auto-match writes thousands of them
     * in one transaction.
     */

    /** The record of a receipt or supplier payment: {@code field} is {@code receipt} or {@code payment}. */
    public static ChangeSet settlementCreated(String field, String number, String direction, String partner,
            BigDecimal amount, String currency) {
        return new ChangeSet().created(field, number + " " + direction + " " + partner + ", "
                + Money.display(amount, currency) + " " + currency);
    }

    /** The record of an allocation on the document it settles: its status change and what was allocated from what. */
    public static ChangeSet allocated(InvoiceStatus before, InvoiceStatus after, BigDecimal amount, String currency,
            String from) {
        return new ChangeSet().compare("status", before, after).created("allocation",
                Money.display(amount, currency) + " " + currency + " from " + from);
    }

    static List<Part> ofInvoices(List<AllocationDraft> allocations) {
        return allocations.stream().map(a -> a == null ? null : new Part(a.invoice(), a.amount())).toList();
    }

    public static List<Part> ofBills(List<BillAllocationDraft> allocations) {
        return allocations.stream().map(a -> a == null ? null : new Part(a.bill(), a.amount())).toList();
    }

    /** A sum of money paid or received: positive, the currency's decimals at most, less than 10^15. */
    public static void checkAmount(Validator v, String field, BigDecimal amount, String currency) {
        int digits = Money.minorDigits(currency);
        if (amount.signum() <= 0) {
            v.reject(field, "must be more than zero");
        } else if (amount.stripTrailingZeros().scale() > digits) {
            v.reject(field, "has more than " + digits + " decimals for " + currency);
        } else if (amount.precision() - amount.scale() > 15) {
            v.reject(field, "must be less than 10^15");
        }
    }

    /** Checks what needs no database; {@code field} is e.g. {@code allocations}. */
    public static void checkShape(Validator v, String field, List<AllocationDraft> allocations, String currency) {
        if (allocations != null) {
            checkShape(v, field, INVOICES, ofInvoices(allocations), currency);
        }
    }

    public static void checkShape(Validator v, String field, Kind kind, List<Part> allocations, String currency) {
        int digits = Money.minorDigits(currency);
        for (int i = 0; i < allocations.size(); i++) {
            Part a = allocations.get(i);
            String at = field + "[" + i + "]";
            if (a == null) {
                v.reject(at, "is empty");
                continue;
            }
            v.required(at + "." + kind.document(), a.document());
            if (v.required(at + ".amount", a.amount())) {
                if (a.amount().signum() <= 0) {
                    v.reject(at + ".amount", "must be more than zero");
                } else if (a.amount().stripTrailingZeros().scale() > digits) {
                    v.reject(at + ".amount", "has more than " + digits + " decimals for " + currency);
                }
            }
        }
    }

    /** {@link #check(Validator, String, Kind, String, String, LocalDate, BigDecimal, List, Map)} for invoices. */
    public static BigDecimal check(Validator v, String field, String customer, String currency, LocalDate date,
            BigDecimal available, List<AllocationDraft> allocations, Map<Long, Target> targets) {
        return check(v, field, INVOICES, customer, currency, date, available, ofInvoices(allocations), targets);
    }

    /**
     * Checks the allocations against their documents ({@code targets} by id; missing ones do not exist) and returns
     * what remains unallocated of {@code available}.
     */
    public static BigDecimal check(Validator v, String field, Kind kind, String partner, String currency, LocalDate date,
            BigDecimal available, List<Part> allocations, Map<Long, Target> targets) {
        Map<Long, BigDecimal> taken = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < allocations.size(); i++) {
            Part a = allocations.get(i);
            String at = field + "[" + i + "]";
            String name = kind.document() + " " + a.document();
            Target document = targets.get(a.document());
            if (document == null) {
                v.reject(at + "." + kind.document(), name + " does not exist");
                continue;
            }
            if (document.status() == InvoiceStatus.DRAFT) {
                v.reject(at + "." + kind.document(), name + " is a draft; post it first");
                continue;
            }
            if (!document.partner().equals(partner)) {
                v.reject(at + "." + kind.document(), name + " belongs to " + kind.partner() + " "
                        + document.partner());
                continue;
            }
            if (!document.currency().equals(currency)) {
                v.reject(at + "." + kind.document(), name + " is in " + document.currency() + ", not " + currency);
                continue;
            }
            if (document.date().isAfter(date)) {
                v.reject(at + "." + kind.document(), name + " is dated " + document.date() + ", after " + date);
                continue;
            }
            BigDecimal already = taken.getOrDefault(a.document(), BigDecimal.ZERO);
            BigDecimal left = document.open().subtract(already);
            if (a.amount().compareTo(left) > 0) {
                v.reject(at + ".amount", "is more than the open amount " + Money.display(left, currency) + " of "
                        + name);
                continue;
            }
            taken.put(a.document(), already.add(a.amount()));
            total = total.add(a.amount());
        }
        if (total.compareTo(available) > 0) {
            v.reject(field, "allocate at most " + Money.display(available, currency) + " in total, not "
                    + Money.display(total, currency));
        }
        return available.subtract(total);
    }
}
