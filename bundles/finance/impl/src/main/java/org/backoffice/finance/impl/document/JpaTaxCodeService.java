package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.document.TaxCode;
import org.backoffice.finance.api.document.TaxCodeService;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tax codes on JPA; creates STD 20 %, RED 10 % and ZERO on an empty table. */
@Component(service = TaxCodeService.class)
public final class JpaTaxCodeService implements TaxCodeService {

    private static final Logger LOG = Logger.getLogger(JpaTaxCodeService.class.getName());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final List<TaxCode> DEFAULTS = List.of(
            new TaxCode("STD", "Standard rate", new BigDecimal("20.00"), "2100", "1300", true, null),
            new TaxCode("RED", "Reduced rate", new BigDecimal("10.00"), "2100", "1300", true, null),
            new TaxCode("ZERO", "Zero rate", new BigDecimal("0.00"), "2100", "1300", true, null));

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private volatile boolean seeded;

    @Activate
    public JpaTaxCodeService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
        try {
            ensureDefaults();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not check the tax codes now; will retry on first use", e);
        }
    }

    /** Creates the default codes when there is none at all, once. */
    void ensureDefaults() {
        if (seeded) {
            return;
        }
        Jpa.write(jpa, "The default tax codes", em -> {
            if (em.createQuery("SELECT COUNT(t) FROM TaxCodeEntity t", Long.class).getSingleResult() == 0) {
                DEFAULTS.forEach(t -> em.persist(new TaxCodeEntity(t)));
            }
            return null;
        });
        seeded = true;
    }

    @Override
    public List<TaxCode> list() {
        ensureDefaults();
        return Jpa.read(jpa, em -> em.createQuery("SELECT t FROM TaxCodeEntity t ORDER BY t.code",
                TaxCodeEntity.class).getResultList().stream().map(TaxCodeEntity::toTaxCode).toList());
    }

    @Override
    public Optional<TaxCode> get(String code) {
        ensureDefaults();
        return Jpa.read(jpa, em -> find(em, code).map(TaxCodeEntity::toTaxCode));
    }

    @Override
    public TaxCode require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_TAX_CODE, code));
    }

    @Override
    public TaxCode create(TaxCode taxCode) {
        ensureDefaults();
        check(taxCode, true);
        return Jpa.write(jpa, "Tax code '" + taxCode.code() + "'", em -> {
            if (find(em, taxCode.code()).isPresent()) {
                throw new ConflictProblem("a tax code '" + taxCode.code() + "' already exists",
                        java.util.Map.of("field", "code"));
            }
            checkAccounts(em, taxCode);
            TaxCodeEntity entity = new TaxCodeEntity(taxCode);
            em.persist(entity);
            em.flush();
            TaxCode created = entity.toTaxCode();
            record(em, created.code(), AuditEntry.CREATE, new ChangeSet().created("name", created.name())
                    .created("rate", created.rate()).created("outputAccount", created.outputAccount())
                    .created("inputAccount", created.inputAccount()).created("active", created.active()));
            return created;
        });
    }

    @Override
    public TaxCode update(String code, TaxCode taxCode) {
        if (taxCode.code() != null && !taxCode.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        if (taxCode.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        check(taxCode, false);
        return Jpa.write(jpa, "Tax code '" + code + "'", em -> {
            TaxCodeEntity entity = find(em, code)
                    .orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_TAX_CODE, code));
            if (entity.version() != taxCode.version()) {
                throw ConflictProblem.staleVersion(FinanceModule.ENTITY_TAX_CODE, code, taxCode.version(),
                        entity.version());
            }
            checkAccounts(em, taxCode);
            TaxCode before = entity.toTaxCode();
            entity.apply(taxCode);
            em.flush();
            TaxCode after = entity.toTaxCode();
            ChangeSet changes = new ChangeSet().compare("name", before.name(), after.name())
                    .compare("rate", before.rate(), after.rate())
                    .compare("outputAccount", before.outputAccount(), after.outputAccount())
                    .compare("inputAccount", before.inputAccount(), after.inputAccount())
                    .compare("active", before.active(), after.active());
            if (!changes.isEmpty()) {
                record(em, code, AuditEntry.UPDATE, changes);
            }
            return after;
        });
    }

    private void record(EntityManager em, String code, String action, ChangeSet changes) {
        audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_TAX_CODE, code, action,
                changes.changes()));
    }

    private static void checkAccounts(EntityManager em, TaxCode taxCode) {
        Validator v = new Validator();
        for (String[] field : new String[][] {{"outputAccount", taxCode.outputAccount()},
                {"inputAccount", taxCode.inputAccount()}}) {
            if (JpaAccountService.find(em, field[1]).isEmpty()) {
                v.reject(field[0], "account '" + field[1] + "' does not exist");
            }
        }
        v.throwIfInvalid();
    }

    private static void check(TaxCode taxCode, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", taxCode.code(), 20)) {
            v.matches("code", taxCode.code(), CODE, "must be letters, digits, '.', '_' or '-' (at most 20)");
        }
        v.requiredText("name", taxCode.name(), 200);
        if (v.required("rate", taxCode.rate()) && v.nonNegativeDecimal("rate", taxCode.rate(), 4)) {
            v.check(taxCode.rate().compareTo(HUNDRED) <= 0, "rate", "must be at most 100");
        }
        v.requiredText("outputAccount", taxCode.outputAccount(), 20);
        v.requiredText("inputAccount", taxCode.inputAccount(), 20);
        v.throwIfInvalid();
    }

    public static Optional<TaxCodeEntity> find(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM TaxCodeEntity t WHERE t.code = :code", TaxCodeEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
