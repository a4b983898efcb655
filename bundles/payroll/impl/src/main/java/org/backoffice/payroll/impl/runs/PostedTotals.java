package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

/** The payload of PAYROLL_POSTED: the run's totals per component and per cost centre and component. */
final class PostedTotals {

    /** Employees without a cost centre are booked under this key. */
    static final String NO_COST_CENTRE = "-";

    private PostedTotals() {
    }

    static Map<String, Object> payload(EntityManager em, RunEntity run) {
        Map<String, String> byComponent = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        Map<String, Map<String, String>> byCostCentre = new TreeMap<>();
        for (Object[] row : em.createQuery("SELECT p.costCentre, l.code, l.kind, SUM(l.amount) FROM LineEntity l,"
                + " PayslipEntity p WHERE l.payslipId = p.id AND l.runId = :run GROUP BY p.costCentre, l.code, l.kind",
                Object[].class).setParameter("run", run.id()).getResultList()) {
            String centre = row[0] == null ? NO_COST_CENTRE : (String) row[0];
            String code = (String) row[1];
            BigDecimal amount = (BigDecimal) row[3];
            kinds.put(code, row[2].toString());
            byComponent.merge(code, plain(amount), (a, b) -> plain(new BigDecimal(a).add(new BigDecimal(b))));
            byCostCentre.computeIfAbsent(centre, c -> new TreeMap<>()).put(code, plain(amount));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("run", run.id());
        payload.put("period", run.period());
        payload.put("type", run.type().name());
        payload.put("currency", run.currency());
        payload.put("net", plain(run.toRun().net()));
        payload.put("byComponent", byComponent);
        payload.put("kinds", kinds);
        payload.put("byCostCentre", byCostCentre);
        return payload;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "0" : PayslipViews.money(amount).toPlainString();
    }
}
