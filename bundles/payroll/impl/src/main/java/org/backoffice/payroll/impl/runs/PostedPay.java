package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

/** What was posted in a year: per employee, per period paid for, per component; read in one grouped query. */
final class PostedPay {

    private final Map<String, TreeMap<String, Map<String, BigDecimal>>> byEmployee = new HashMap<>();

    static PostedPay of(EntityManager em, int year) {
        PostedPay pay = new PostedPay();
        for (Object[] row : em.createQuery("SELECT l.employee, l.paidFor, l.code, SUM(l.amount) FROM LineEntity l"
                + " WHERE l.year = :year AND l.posted = TRUE GROUP BY l.employee, l.paidFor, l.code", Object[].class)
                .setParameter("year", year).getResultList()) {
            pay.byEmployee.computeIfAbsent((String) row[0], e -> new TreeMap<>())
                    .computeIfAbsent((String) row[1], p -> new HashMap<>()).put((String) row[2], (BigDecimal) row[3]);
        }
        return pay;
    }

    /** Period → component → amount paid for it so far. */
    TreeMap<String, Map<String, BigDecimal>> periods(String employee) {
        return byEmployee.getOrDefault(employee, new TreeMap<>());
    }

    /** Component totals over the periods before {@code period} (all periods when {@code null}). */
    Map<String, BigDecimal> ytd(String employee, String period) {
        Map<String, BigDecimal> totals = new HashMap<>();
        periods(employee).forEach((paidFor, amounts) -> {
            if (period == null || paidFor.compareTo(period) < 0) {
                amounts.forEach((code, amount) -> totals.merge(code, amount, BigDecimal::add));
            }
        });
        return totals;
    }
}
