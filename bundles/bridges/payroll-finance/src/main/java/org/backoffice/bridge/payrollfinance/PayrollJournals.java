package org.backoffice.bridge.payrollfinance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backoffice.finance.api.ledger.JournalEntryDraft;
import org.backoffice.finance.api.ledger.JournalLineDraft;

/**
 * The journal entries of one posted run, from its PAYROLL_POSTED payload: debit the expense account of each earning
 * and employer contribution, credit the liability account of each deduction, credit contributions payable with the
 * employer contributions and net pay payable with the rest, so every entry balances. Negative totals (arrears paid
 * back) swap the side. A component the run uses without an account is refused, naming it: the run waits, with that
 * reason on the subscription, until the configuration maps it.
 */
final class PayrollJournals {

    static final String SOURCE = "payroll";

    /** What the bridge needs to know about accounts. */
    record Accounts(Map<String, String> components, String netPay, String contributionsPayable) {

        static Accounts of(String[] mappings, String netPay, String contributionsPayable) {
            Map<String, String> components = new LinkedHashMap<>();
            // a .cfg line "components = A=6000,B=2100" arrives as one string: split it as well
            for (String value : mappings) {
                for (String mapping : value.split(",")) {
                    int split = mapping.indexOf('=');
                    if (split > 0) {
                        components.put(mapping.substring(0, split).trim(), mapping.substring(split + 1).trim());
                    }
                }
            }
            return new Accounts(components, netPay, contributionsPayable);
        }
    }

    private PayrollJournals() {
    }

    /** One draft per run, or per cost centre; each with its idempotency key. */
    static Map<String, JournalEntryDraft> drafts(Map<String, Object> payload, Accounts accounts, boolean perCostCentre) {
        String run = String.valueOf(payload.get("run"));
        String period = String.valueOf(payload.get("period"));
        @SuppressWarnings("unchecked")
        Map<String, String> kinds = (Map<String, String>) payload.get("kinds");
        Map<String, JournalEntryDraft> drafts = new LinkedHashMap<>();
        if (perCostCentre) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> centres = (Map<String, Map<String, Object>>) payload.get("byCostCentre");
            for (Map.Entry<String, Map<String, Object>> centre : new TreeMap<>(centres).entrySet()) {
                drafts.put("payroll-run-" + run + "-" + centre.getKey(), draft(run, period, centre.getKey(),
                        centre.getValue(), kinds, accounts));
            }
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> totals = (Map<String, Object>) payload.get("byComponent");
            drafts.put("payroll-run-" + run, draft(run, period, null, totals, kinds, accounts));
        }
        return drafts;
    }

    private static JournalEntryDraft draft(String run, String period, String costCentre, Map<String, Object> totals,
            Map<String, String> kinds, Accounts accounts) {
        List<JournalLineDraft> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal contributions = BigDecimal.ZERO;
        List<String> unmapped = new ArrayList<>();
        for (Map.Entry<String, Object> total : new TreeMap<>(totals).entrySet()) {
            String code = total.getKey();
            String kind = kinds.get(code);
            BigDecimal amount = new BigDecimal(String.valueOf(total.getValue()));
            if (amount.signum() == 0 || "INFORMATIONAL".equals(kind)) {
                continue;
            }
            String account = accounts.components().get(code);
            if (account == null) {
                unmapped.add(code);
                continue;
            }
            String memo = code + (costCentre == null ? "" : " " + costCentre);
            if ("EARNING".equals(kind)) {
                lines.add(line(account, amount, memo));
                net = net.add(amount);
            } else if ("EMPLOYER_CONTRIBUTION".equals(kind)) {
                lines.add(line(account, amount, memo));
                contributions = contributions.add(amount);
            } else {
                lines.add(line(account, amount.negate(), memo));
                net = net.subtract(amount);
            }
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException("payroll run " + run + ": no account for component(s) "
                    + String.join(", ", unmapped) + "; map them in etc/" + PayrollFinanceConfig.PID
                    + ".cfg (components = CODE=ACCOUNT,...)");
        }
        if (contributions.signum() != 0) {
            lines.add(line(accounts.contributionsPayable(), contributions.negate(), "employer contributions"));
        }
        if (net.signum() != 0) {
            lines.add(line(accounts.netPay(), net.negate(), "net pay"));
        }
        LocalDate date = YearMonth.parse(period).atEndOfMonth();
        return new JournalEntryDraft(date, "Payroll " + period + " (run " + run + ")" + (costCentre == null ? ""
                : ", cost centre " + costCentre), "PAYROLL-" + run + (costCentre == null ? "" : "-" + costCentre),
                SOURCE, run, true, lines);
    }

    /** A debit for a positive amount, a credit for a negative one. */
    private static JournalLineDraft line(String account, BigDecimal amount, String memo) {
        return amount.signum() > 0 ? new JournalLineDraft(account, amount, null, null, null, memo)
                : new JournalLineDraft(account, null, amount.negate(), null, null, memo);
    }
}
