package org.backoffice.finance.impl;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.ReportService;
import org.backoffice.finance.api.TrialBalance;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reports from FIN_BALANCE: a few aggregate queries over accounts × periods, never over journal lines. */
@Component(service = ReportService.class, configurationPid = FinanceConfig.PID)
public final class ReportServiceImpl implements ReportService {

    private final JpaTemplate jpa;
    private final String baseCurrency;

    @Activate
    public ReportServiceImpl(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, FinanceConfig config) {
        this.jpa = jpa;
        this.baseCurrency = config.baseCurrency();
    }

    @Override
    public TrialBalance trialBalance(String fromPeriod, String toPeriod) {
        YearMonth from = Periods.parse("from", fromPeriod);
        YearMonth to = Periods.parse("to", toPeriod);
        if (to.isBefore(from)) {
            throw ValidationFailedException.of("to", "must not be before from");
        }
        return Jpa.read(jpa, em -> {
            Map<String, BigDecimal[]> opening = sums(em, "b.period < :from", Map.of("from", from.toString()));
            Map<String, BigDecimal[]> range = sums(em, "b.period >= :from AND b.period <= :to",
                    Map.of("from", from.toString(), "to", to.toString()));
            List<TrialBalance.Line> lines = new ArrayList<>();
            BigDecimal totalOpening = BigDecimal.ZERO;
            BigDecimal totalDebit = BigDecimal.ZERO;
            BigDecimal totalCredit = BigDecimal.ZERO;
            for (AccountEntity account : em.createQuery("SELECT a FROM AccountEntity a ORDER BY a.code",
                    AccountEntity.class).getResultList()) {
                BigDecimal[] before = opening.getOrDefault(account.code(), zero());
                BigDecimal[] within = range.getOrDefault(account.code(), zero());
                BigDecimal open = before[0].subtract(before[1]);
                if (open.signum() == 0 && within[0].signum() == 0 && within[1].signum() == 0) {
                    continue;
                }
                BigDecimal closing = open.add(within[0]).subtract(within[1]);
                lines.add(new TrialBalance.Line(account.code(), account.name(), account.type(), money(open),
                        money(within[0]), money(within[1]), money(closing)));
                totalOpening = totalOpening.add(open);
                totalDebit = totalDebit.add(within[0]);
                totalCredit = totalCredit.add(within[1]);
            }
            return new TrialBalance(from.atDay(1), to.atEndOfMonth(), baseCurrency, lines,
                    new TrialBalance.Totals(money(totalOpening), money(totalDebit), money(totalCredit),
                            money(totalOpening.add(totalDebit).subtract(totalCredit))));
        });
    }

    private BigDecimal money(BigDecimal amount) {
        return Money.display(amount, baseCurrency);
    }

    private static BigDecimal[] zero() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static Map<String, BigDecimal[]> sums(EntityManager em, String condition, Map<String, String> parameters) {
        var query = em.createQuery("SELECT b.account, SUM(b.debit), SUM(b.credit) FROM BalanceEntity b WHERE "
                + condition + " GROUP BY b.account", Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            sums.put((String) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        return sums;
    }
}
