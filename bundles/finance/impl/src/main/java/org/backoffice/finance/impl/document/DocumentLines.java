package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.InvoiceLineDraft;
import org.backoffice.finance.api.document.TaxAmount;
import org.backoffice.finance.api.receivables.InvoiceDraft;
import org.backoffice.finance.impl.ledger.AccountEntity;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;

/**
 * The lines of taxed documents (customer invoices, credit notes, supplier bills): their shape, their resolution
 * against tax codes and accounts, and the amounts they put on accounts. What differs between sales and purchases
 * is only the default account of a line and which account of a tax code takes the tax.
 */
public final class DocumentLines {

    static final int MAX_LINES = InvoiceDraft.MAX_LINES;

    private DocumentLines() {
    }

    /** Checks what needs no database; {@code field} is e.g. {@code lines}; every line names its tax code. */
    public static void checkShape(Validator v, List<InvoiceLineDraft> lines, String field) {
        checkShape(v, lines, field, false);
    }

    /** As {@link #checkShape(Validator, List, String)}; a line may leave its tax code out when one is defaulted. */
    public static void checkShape(Validator v, List<InvoiceLineDraft> lines, String field, boolean taxCodeDefaulted) {
        v.check(!lines.isEmpty(), field, "name at least one line");
        v.check(lines.size() <= MAX_LINES, field, "at most " + MAX_LINES + " lines");
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLineDraft line = lines.get(i);
            String at = field + "[" + i + "]";
            if (line == null) {
                v.reject(at, "is empty");
                continue;
            }
            v.requiredText(at + ".description", line.description(), 500);
            if (v.required(at + ".quantity", line.quantity())) {
                v.check(line.quantity().signum() > 0, at + ".quantity", "must be more than zero");
                v.check(line.quantity().stripTrailingZeros().scale() <= Money.STORAGE_SCALE, at + ".quantity",
                        "must have at most " + Money.STORAGE_SCALE + " decimals");
                v.check(line.quantity().precision() - line.quantity().scale() <= 12, at + ".quantity",
                        "must be less than 10^12");
            }
            if (v.required(at + ".unitPrice", line.unitPrice())
                    && v.nonNegativeDecimal(at + ".unitPrice", line.unitPrice(), Money.STORAGE_SCALE)) {
                v.check(line.unitPrice().precision() - line.unitPrice().scale() <= 12, at + ".unitPrice",
                        "must be less than 10^12");
            }
            if (taxCodeDefaulted) {
                v.optionalText(at + ".taxCode", line.taxCode(), 20);
            } else {
                v.requiredText(at + ".taxCode", line.taxCode(), 20);
            }
            v.optionalText(at + ".account", line.account(), 20);
        }
    }

    /**
     * Lines with their tax rate, account ({@code defaultAccount} when the line names none) and net; unknown or
     * inactive tax codes and unknown or blocked accounts are refused.
     */
    public static List<InvoiceLine> resolve(EntityManager em, List<InvoiceLineDraft> drafts, String currency, String field,
            String defaultAccount) {
        return resolve(em, drafts, currency, field, defaultAccount, null);
    }

    /** As the other {@code resolve}; a line without a tax code takes {@code defaultTaxCode}. */
    public static List<InvoiceLine> resolve(EntityManager em, List<InvoiceLineDraft> drafts, String currency, String field,
            String defaultAccount, String defaultTaxCode) {
        Validator v = new Validator();
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            InvoiceLineDraft line = drafts.get(i);
            String at = field + "[" + i + "]";
            String taxCode = line.taxCode() == null ? defaultTaxCode : line.taxCode();
            Optional<TaxCodeEntity> tax = JpaTaxCodeService.find(em, taxCode);
            if (tax.isEmpty()) {
                v.reject(at + ".taxCode", "tax code '" + taxCode + "' does not exist");
            } else if (!tax.get().active()) {
                v.reject(at + ".taxCode", "tax code '" + taxCode + "' is inactive");
            }
            String account = line.account() == null ? defaultAccount : line.account();
            Optional<AccountEntity> booked = JpaAccountService.find(em, account);
            if (booked.isEmpty()) {
                v.reject(at + ".account", "account '" + account + "' does not exist");
            } else if (!booked.get().active()) {
                v.reject(at + ".account", "account '" + account + "' is blocked");
            }
            if (tax.isPresent() && booked.isPresent()) {
                lines.add(new InvoiceLine(i + 1, line.description(), line.quantity(), line.unitPrice(),
                        taxCode, tax.get().rate(), account,
                        InvoiceMath.lineNet(line.quantity(), line.unitPrice(), currency)));
            }
        }
        v.throwIfInvalid();
        return lines;
    }

    /** Net per line account, in account order; zero sums left out. */
    public static Map<String, BigDecimal> netByAccount(List<InvoiceLine> lines) {
        Map<String, BigDecimal> net = new TreeMap<>();
        lines.forEach(l -> net.merge(l.account(), l.net(), BigDecimal::add));
        net.values().removeIf(amount -> amount.signum() == 0);
        return net;
    }

    /**
     * Tax per tax account, in account order; zero sums left out. {@code taxAccount} picks the account of a code:
     * its output account for sales, its input account for purchases.
     */
    public static Map<String, BigDecimal> taxByAccount(EntityManager em, InvoiceMath.Totals totals,
            Function<TaxCodeEntity, String> taxAccount) {
        return taxByAccount(totals, code -> JpaTaxCodeService.find(em, code).map(taxAccount).orElse(null));
    }

    /** Tax per tax account; {@code accountOf} gives a tax code's account, {@code null} when the code is gone. */
    public static Map<String, BigDecimal> taxByAccount(InvoiceMath.Totals totals, Function<String, String> accountOf) {
        Map<String, BigDecimal> tax = new TreeMap<>();
        for (TaxAmount amount : totals.taxes()) {
            String account = accountOf.apply(amount.taxCode());
            if (account == null) {
                throw ValidationFailedException.of("lines", "tax code '" + amount.taxCode() + "' no longer exists");
            }
            tax.merge(account, amount.tax(), BigDecimal::add);
        }
        tax.values().removeIf(amount -> amount.signum() == 0);
        return tax;
    }
}
