package org.backoffice.finance.impl.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.dunning.DunningLevel;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.support.jpa.Indexes;

/** The dunning levels on JPA: validated, audited, three defaults created on an empty table. */
final class DunningLevels {

    static final List<DunningLevel> DEFAULTS = List.of(
            new DunningLevel(1, "Payment reminder", 7, new BigDecimal("0.00"), null,
                    "Dear {customer},\n\nas of {date} we have not yet received payment of these invoices:\n\n"
                            + "{invoices}\n\nOpen in total: {total} {currency}. Please pay within the next days. If"
                            + " you have paid in the meantime, please ignore this reminder.", null),
            new DunningLevel(2, "Second notice", 21, new BigDecimal("10.00"), null,
                    "Dear {customer},\n\ndespite our reminder these invoices are still unpaid as of {date}:\n\n"
                            + "{invoices}\n\nOpen in total: {total} {currency}. For this {level} we charge a fee of"
                            + " {fee} {currency}. Please pay the total and the fee within 10 days.", null),
            new DunningLevel(3, "Final demand", 45, new BigDecimal("25.00"), null,
                    "Dear {customer},\n\nthese invoices are still unpaid as of {date}:\n\n{invoices}\n\nOpen in"
                            + " total: {total} {currency}, plus a fee of {fee} {currency} for this {level}. Unless"
                            + " we receive payment within 7 days we will hand the claim over for collection without"
                            + " further notice.", null));

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final String baseCurrency;
    private volatile boolean seeded;

    DunningLevels(JpaTemplate jpa, AuditTrail audit, String baseCurrency) {
        this.jpa = jpa;
        this.audit = audit;
        this.baseCurrency = baseCurrency;
    }

    /** Creates the default levels when there is none at all, once per service life. */
    void ensureDefaults() {
        if (seeded) {
            return;
        }
        Jpa.write(jpa, "The default dunning levels", em -> {
            // a run leaves fee invoices out through this column
            Indexes.ensure(em, "FIN_DUNNING_NOTICE", "FIN_DUNNING_NOTICE_FEE_IX", "FEE_INVOICE_ID");
            if (em.createQuery("SELECT COUNT(l) FROM DunningLevelEntity l", Long.class).getSingleResult() == 0) {
                for (DunningLevel level : DEFAULTS) {
                    DunningLevelEntity entity = new DunningLevelEntity(level.level(), baseCurrency);
                    entity.apply(level);
                    em.persist(entity);
                }
            }
            return null;
        });
        seeded = true;
    }

    List<DunningLevel> list() {
        ensureDefaults();
        return Jpa.read(jpa, em -> all(em).stream().map(DunningLevelEntity::toLevel).toList());
    }

    /** The levels as the rules need them, sorted by level. */
    List<DunningRules.Level> rules(EntityManager em) {
        return all(em).stream().map(DunningLevelEntity::toRule).toList();
    }

    DunningLevel create(DunningLevel level) {
        ensureDefaults();
        return Jpa.write(jpa, "Dunning level " + level.level(), em -> {
            List<DunningLevelEntity> others = all(em);
            Validator v = new Validator();
            DunningRules.check(v, level, others.stream().map(DunningLevelEntity::toRule).toList(), baseCurrency);
            v.throwIfInvalid();
            if (others.stream().anyMatch(l -> l.level() == level.level())) {
                throw new ConflictProblem("dunning level " + level.level() + " already exists",
                        Map.of("field", "level"));
            }
            DunningLevelEntity entity = new DunningLevelEntity(level.level(), baseCurrency);
            entity.apply(level);
            em.persist(entity);
            em.flush();
            DunningLevel created = entity.toLevel();
            record(em, created.level(), AuditEntry.CREATE, new ChangeSet().created("name", created.name())
                    .created("daysOverdue", created.daysOverdue()).created("fee", created.fee())
                    .created("text", created.text()));
            return created;
        });
    }

    DunningLevel update(int level, DunningLevel changes) {
        if (changes.level() != null && changes.level() != level) {
            throw ValidationFailedException.of("level", "cannot be changed (the path names level " + level + ")");
        }
        if (changes.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        DunningLevel checked = new DunningLevel(level, changes.name(), changes.daysOverdue(), changes.fee(),
                changes.currency(), changes.text(), changes.version());
        ensureDefaults();
        return Jpa.write(jpa, "Dunning level " + level, em -> {
            DunningLevelEntity entity = find(em, level).orElseThrow(() -> notFound(level));
            if (entity.version() != changes.version()) {
                throw ConflictProblem.staleVersion(FinanceModule.ENTITY_DUNNING_LEVEL, Integer.toString(level),
                        changes.version(), entity.version());
            }
            Validator v = new Validator();
            DunningRules.check(v, checked, all(em).stream().filter(l -> l.level() != level)
                    .map(DunningLevelEntity::toRule).toList(), baseCurrency);
            v.throwIfInvalid();
            DunningLevel before = entity.toLevel();
            entity.apply(checked);
            em.flush();
            DunningLevel after = entity.toLevel();
            ChangeSet changed = new ChangeSet().compare("name", before.name(), after.name())
                    .compare("daysOverdue", before.daysOverdue(), after.daysOverdue())
                    .compare("fee", before.fee(), after.fee()).compare("text", before.text(), after.text());
            if (!changed.isEmpty()) {
                record(em, level, AuditEntry.UPDATE, changed);
            }
            return after;
        });
    }

    void delete(int level) {
        ensureDefaults();
        Jpa.write(jpa, "Dunning level " + level, em -> {
            DunningLevelEntity entity = find(em, level).orElseThrow(() -> notFound(level));
            long used = em.createQuery("SELECT COUNT(i) FROM DunningItemEntity i WHERE i.level = :level", Long.class)
                    .setParameter("level", level).getSingleResult();
            if (used > 0) {
                throw new ConflictProblem("dunning level " + level + " is used by " + used + " dunned invoice(s);"
                        + " it can be changed but not deleted", Map.of("field", "level"));
            }
            DunningLevel before = entity.toLevel();
            em.remove(entity);
            em.flush();
            record(em, level, AuditEntry.DELETE, new ChangeSet().compare("name", before.name(), null)
                    .compare("daysOverdue", before.daysOverdue(), null).compare("fee", before.fee(), null));
            return null;
        });
    }

    private void record(EntityManager em, int level, String action, ChangeSet changes) {
        audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_DUNNING_LEVEL, Integer.toString(level),
                action, changes.changes()));
    }

    private static NotFoundProblem notFound(int level) {
        return new NotFoundProblem(FinanceModule.ENTITY_DUNNING_LEVEL, Integer.toString(level));
    }

    private static List<DunningLevelEntity> all(EntityManager em) {
        return em.createQuery("SELECT l FROM DunningLevelEntity l ORDER BY l.level", DunningLevelEntity.class)
                .getResultList();
    }

    private static Optional<DunningLevelEntity> find(EntityManager em, int level) {
        return em.createQuery("SELECT l FROM DunningLevelEntity l WHERE l.level = :level", DunningLevelEntity.class)
                .setParameter("level", level).getResultStream().findFirst();
    }
}
