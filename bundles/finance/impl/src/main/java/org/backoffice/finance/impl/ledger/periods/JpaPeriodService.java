package org.backoffice.finance.impl.ledger.periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.Period;
import org.backoffice.finance.api.ledger.PeriodService;
import org.backoffice.finance.api.ledger.PeriodStatus;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.Balances;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.ReferenceData;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Fiscal years and their monthly periods. */
@Component(service = PeriodService.class, configurationPid = FinanceConfig.PID)
public final class JpaPeriodService implements PeriodService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final int firstMonth;

    @Activate
    public JpaPeriodService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference ReferenceData referenceData, LedgerConfig ledgerConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.referenceData = referenceData;
        this.firstMonth = ledgerConfig.fiscalYearStartMonth();
    }

    @Override
    public List<Period> openFiscalYear(int fiscalYear) {
        if (fiscalYear < 1900 || fiscalYear > 2999) {
            throw ValidationFailedException.of("year", "must be between 1900 and 2999");
        }
        return referenceData.write(jpa, "Fiscal year " + fiscalYear, em -> {
            LocalDate start = Periods.fiscalYearStart(fiscalYear, firstMonth);
            if (em.find(PeriodEntity.class, Periods.idOf(start)) != null) {
                throw new ConflictProblem("fiscal year " + fiscalYear + " is already open");
            }
            List<PeriodEntity> periods = new ArrayList<>();
            for (int month = 0; month < 12; month++) {
                PeriodEntity period = new PeriodEntity(fiscalYear, start.plusMonths(month));
                if (em.find(PeriodEntity.class, period.id()) != null) {
                    throw new ConflictProblem("period " + period.id() + " already belongs to another fiscal year");
                }
                em.persist(period);
                periods.add(period);
            }
            List<String> accounts = em.createQuery("SELECT a.code FROM AccountEntity a", String.class)
                    .getResultList();
            Balances.createRows(em, accounts, periods.stream().map(PeriodEntity::id).toList());
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PERIOD, Integer.toString(fiscalYear),
                    "OPEN_YEAR", new ChangeSet().created("periods", periods.get(0).id() + ".."
                            + periods.get(11).id()).changes()));
            return periods.stream().map(PeriodEntity::toPeriod).toList();
        });
    }

    @Override
    public List<Period> list(Integer fiscalYear) {
        return Jpa.read(jpa, em -> (fiscalYear == null
                ? em.createQuery("SELECT p FROM PeriodEntity p ORDER BY p.id", PeriodEntity.class)
                : em.createQuery("SELECT p FROM PeriodEntity p WHERE p.fiscalYear = :year ORDER BY p.id",
                        PeriodEntity.class).setParameter("year", fiscalYear))
                .getResultList().stream().map(PeriodEntity::toPeriod).toList());
    }

    @Override
    public Optional<Period> periodOf(LocalDate date) {
        return Jpa.read(jpa, em -> Optional.ofNullable(em.find(PeriodEntity.class, Periods.idOf(date)))
                .map(PeriodEntity::toPeriod));
    }

    @Override
    public Period close(String periodId) {
        return setStatus(periodId, PeriodStatus.CLOSED, "CLOSE");
    }

    @Override
    public Period reopen(String periodId) {
        return setStatus(periodId, PeriodStatus.OPEN, "REOPEN");
    }

    private Period setStatus(String periodId, PeriodStatus status, String action) {
        Periods.parse("period", periodId);
        return referenceData.write(jpa, "Period " + periodId, em -> {
            PeriodEntity period = require(em, periodId);
            if (period.status() == status) {
                throw new ConflictProblem("period " + periodId + " is already " + status);
            }
            PeriodStatus before = period.status();
            period.setStatus(status);
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_PERIOD, periodId, action,
                    new ChangeSet().compare("status", before, status).changes()));
            return period.toPeriod();
        });
    }

    static PeriodEntity require(EntityManager em, String periodId) {
        PeriodEntity period = em.find(PeriodEntity.class, periodId);
        if (period == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_PERIOD, periodId);
        }
        return period;
    }
}
