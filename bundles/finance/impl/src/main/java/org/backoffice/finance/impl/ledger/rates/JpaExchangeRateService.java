package org.backoffice.finance.impl.ledger.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.ExchangeRate;
import org.backoffice.finance.api.ledger.ExchangeRateService;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.finance.impl.ledger.ReferenceData;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Exchange rates against the configured base currency. */
@Component(service = ExchangeRateService.class, configurationPid = FinanceConfig.PID)
public final class JpaExchangeRateService implements ExchangeRateService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final String baseCurrency;

    @Activate
    public JpaExchangeRateService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference ReferenceData referenceData, LedgerConfig ledgerConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.referenceData = referenceData;
        this.baseCurrency = ledgerConfig.baseCurrency();
    }

    @Override
    public String baseCurrency() {
        return baseCurrency;
    }

    @Override
    public ExchangeRate set(ExchangeRate rate) {
        Validator v = new Validator();
        if (v.required("currency", rate.currency())) {
            v.currency("currency", rate.currency());
            v.check(!rate.currency().equals(baseCurrency), "currency", "is the base currency; its rate is always 1");
        }
        v.required("date", rate.date());
        if (v.required("rate", rate.rate())) {
            v.check(rate.rate().signum() > 0, "rate", "must be more than zero");
            v.check(rate.rate().stripTrailingZeros().scale() <= 10, "rate", "must have at most 10 decimals");
            v.check(rate.rate().precision() - rate.rate().scale() <= 9, "rate", "must be less than 10^9");
        }
        v.throwIfInvalid();
        return referenceData.write(jpa, "Exchange rate " + rate.currency() + " " + rate.date(), em -> {
            Optional<ExchangeRateEntity> existing = em.createQuery("SELECT r FROM ExchangeRateEntity r"
                    + " WHERE r.currency = :currency AND r.date = :date", ExchangeRateEntity.class)
                    .setParameter("currency", rate.currency()).setParameter("date", rate.date())
                    .getResultStream().findFirst();
            ChangeSet changes = new ChangeSet();
            ExchangeRateEntity entity;
            if (existing.isPresent()) {
                entity = existing.get();
                changes.compare("rate", entity.toRate().rate(), rate.rate());
                entity.setRate(rate.rate());
            } else {
                entity = new ExchangeRateEntity(rate);
                em.persist(entity);
                changes.created("rate", rate.rate());
            }
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_EXCHANGE_RATE,
                    rate.currency() + "@" + rate.date(), existing.isPresent() ? AuditEntry.UPDATE : AuditEntry.CREATE,
                    changes.changes()));
            return entity.toRate();
        });
    }

    @Override
    public Optional<ExchangeRate> rateOn(String currency, LocalDate date) {
        if (baseCurrency.equals(currency)) {
            return Optional.of(new ExchangeRate(currency, date, BigDecimal.ONE));
        }
        return Jpa.read(jpa, em -> rateOn(em, currency, date));
    }

    @Override
    public List<ExchangeRate> list(String currency) {
        return Jpa.read(jpa, em -> (currency == null
                ? em.createQuery("SELECT r FROM ExchangeRateEntity r ORDER BY r.currency, r.date DESC",
                        ExchangeRateEntity.class)
                : em.createQuery("SELECT r FROM ExchangeRateEntity r WHERE r.currency = :currency"
                        + " ORDER BY r.date DESC", ExchangeRateEntity.class).setParameter("currency", currency))
                .setMaxResults(1000).getResultList().stream().map(ExchangeRateEntity::toRate).toList());
    }

    /** The rate in force on a date inside a running transaction: the latest on or before it. */
    public static Optional<ExchangeRate> rateOn(EntityManager em, String currency, LocalDate date) {
        return em.createQuery("SELECT r FROM ExchangeRateEntity r WHERE r.currency = :currency AND r.date <= :date"
                + " ORDER BY r.date DESC", ExchangeRateEntity.class)
                .setParameter("currency", currency).setParameter("date", date).setMaxResults(1)
                .getResultStream().findFirst().map(ExchangeRateEntity::toRate);
    }
}
