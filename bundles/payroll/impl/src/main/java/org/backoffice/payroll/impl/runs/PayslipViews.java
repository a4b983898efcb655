package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.payroll.api.runs.PayslipLine;
import org.backoffice.payroll.api.runs.RunStatus;
import org.backoffice.payroll.api.runs.Segment;

/** Stored payslips as api records, with year-to-date totals up to and including their run. */
final class PayslipViews {

    private PayslipViews() {
    }

    static Payslip view(EntityManager em, PayslipEntity p, RunStatus status) {
        List<LineEntity> lines = em.createQuery("SELECT l FROM LineEntity l WHERE l.payslipId = :id ORDER BY"
                + " l.position", LineEntity.class).setParameter("id", p.id()).getResultList();
        int year = Integer.parseInt(p.period().substring(0, 4));
        Map<String, BigDecimal> ytd = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.code, SUM(l.amount) FROM LineEntity l WHERE l.employee = :e"
                + " AND l.year = :y AND l.posted = TRUE AND l.runId <= :run GROUP BY l.code", Object[].class)
                .setParameter("e", p.employee()).setParameter("y", year).setParameter("run", p.runId())
                .getResultList()) {
            ytd.put((String) row[0], (BigDecimal) row[1]);
        }
        if (status != RunStatus.POSTED) {
            lines.forEach(l -> ytd.merge(l.code(), l.amount(), BigDecimal::add));
        }
        List<PayslipLine> shown = new ArrayList<>();
        BigDecimal ytdGross = BigDecimal.ZERO;
        BigDecimal ytdDeductions = BigDecimal.ZERO;
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (LineEntity l : lines) {
            String arrearsFor = l.paidFor().equals(p.period()) ? null : l.paidFor();
            BigDecimal total = ytd.getOrDefault(l.code(), BigDecimal.ZERO);
            shown.add(new PayslipLine(l.code(), l.name(), l.kind(), money(l.base()), l.rate() == null ? null
                    : l.rate().stripTrailingZeros(), money(l.amount()), money(total), arrearsFor));
            if (counted.add(l.code())) {
                if (l.kind() == ComponentKind.EARNING) {
                    ytdGross = ytdGross.add(total);
                } else if (l.kind().isDeduction()) {
                    ytdDeductions = ytdDeductions.add(total);
                }
            }
        }
        return new Payslip(p.runId(), p.period(), p.employee(), p.employeeName(), p.costCentre(), p.currency(),
                segments(p.segments()), shown, money(p.gross()), money(p.deductions()), money(p.net()),
                money(p.employerCost()), money(ytdGross), money(ytdGross.subtract(ytdDeductions)));
    }

    static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            segments.add(new Segment(LocalDate.parse(f[0]), LocalDate.parse(f[1]), Integer.parseInt(f[2]),
                    new BigDecimal(f[3]), new BigDecimal(f[4])));
        }
        return segments;
    }

    /** Amounts are stored with 4 decimals; shown with 2 unless a component keeps more. */
    static BigDecimal money(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? value.setScale(2) : stripped;
    }
}
