package org.backoffice.finance.impl.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountService;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.FieldError;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The chart of accounts on JPA; creates the default chart on first start. */
@Component(service = AccountService.class)
public final class JpaAccountService implements AccountService {

    private static final Logger LOG = Logger.getLogger(JpaAccountService.class.getName());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,19}");

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private volatile boolean seeded;

    @Activate
    public JpaAccountService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.audit = audit;
        this.referenceData = referenceData;
        try {
            ensureChart();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not check the chart of accounts now; will retry on first use", e);
        }
    }

    /** Creates the default chart when there is no account at all, once. */
    void ensureChart() {
        if (seeded) {
            return;
        }
        referenceData.write(jpa, "The default chart of accounts", em -> {
            long count = em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult();
            if (count == 0) {
                for (Account account : DefaultChart.accounts()) {
                    insert(em, account);
                }
            }
            return null;
        });
        seeded = true;
    }

    @Override
    public Page<Account> find(AccountType type, Boolean active, String text, PageRequest page) {
        ensureChart();
        String pattern = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        return Jpa.read(jpa, em -> {
            Set<String> parents = parents(em);
            return PagedQuery.of("AccountEntity", "a").equal("a.type", type).equal("a.active", active)
                    .where("(LOWER(a.code) LIKE :value OR LOWER(a.name) LIKE :value)", pattern)
                    .page(em, AccountEntity.class, "a.code", page, a -> a.toAccount(!parents.contains(a.code())));
        });
    }

    @Override
    public Optional<Account> get(String code) {
        ensureChart();
        return Jpa.read(jpa, em -> find(em, code).map(a -> a.toAccount(!hasChildren(em, code))));
    }

    @Override
    public Account require(String code) {
        return get(code).orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_ACCOUNT, code));
    }

    @Override
    public Account create(Account account) {
        ensureChart();
        check(account, true);
        return referenceData.write(jpa, "Account '" + account.code() + "'", em -> {
            Account created = insert(em, account);
            record(em, created.code(), AuditEntry.CREATE, new ChangeSet().created("name", created.name())
                    .created("type", created.type()).created("parent", created.parent())
                    .created("currency", created.currency()).created("active", created.active()));
            return created;
        });
    }

    @Override
    public Account update(String code, Account account) {
        if (account.code() != null && !account.code().equals(code)) {
            throw ValidationFailedException.of("code", "cannot be changed (the path names '" + code + "')");
        }
        if (account.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        check(account, false);
        return referenceData.write(jpa, "Account '" + code + "'", em -> {
            AccountEntity entity = find(em, code)
                    .orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_ACCOUNT, code));
            if (entity.version() != account.version()) {
                throw ConflictProblem.staleVersion(FinanceModule.ENTITY_ACCOUNT, code, account.version(),
                        entity.version());
            }
            checkParent(em, code, account.parent());
            if (account.type() != entity.type() && hasPostings(em, code)) {
                throw new ConflictProblem("account '" + code + "' has postings; its type cannot change");
            }
            Account before = entity.toAccount(!hasChildren(em, code));
            entity.apply(account);
            em.flush();
            Account after = entity.toAccount(!hasChildren(em, code));
            ChangeSet changes = new ChangeSet().compare("name", before.name(), after.name())
                    .compare("type", before.type(), after.type()).compare("parent", before.parent(), after.parent())
                    .compare("currency", before.currency(), after.currency())
                    .compare("active", before.active(), after.active());
            if (!changes.isEmpty()) {
                record(em, code, AuditEntry.UPDATE, changes);
            }
            return after;
        });
    }

    @Override
    public void delete(String code) {
        referenceData.write(jpa, "Account '" + code + "'", em -> {
            AccountEntity entity = find(em, code)
                    .orElseThrow(() -> new NotFoundProblem(FinanceModule.ENTITY_ACCOUNT, code));
            if (hasPostings(em, code)) {
                throw new ConflictProblem("account '" + code + "' has postings and cannot be deleted; block it instead");
            }
            if (hasChildren(em, code)) {
                throw new ConflictProblem("account '" + code + "' has sub-accounts and cannot be deleted");
            }
            em.createQuery("DELETE FROM BalanceEntity b WHERE b.account = :code").setParameter("code", code)
                    .executeUpdate();
            em.remove(entity);
            record(em, code, AuditEntry.DELETE, new ChangeSet().compare("name", entity.name(), null));
            return null;
        });
    }

    @Override
    public ImportResult importCsv(String csv) {
        ensureChart();
        List<Account> accounts = AccountCsv.parse(csv);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            try {
                check(accounts.get(i), true);
            } catch (ValidationFailedException e) {
                errors.addAll(e.prefixed("row " + (i + 2) + ".").errors()); // row 1 is the header
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return referenceData.write(jpa, "The account import", em -> {
            int created = 0;
            int updated = 0;
            for (Account account : accounts) {
                Optional<AccountEntity> existing = find(em, account.code());
                if (existing.isPresent()) {
                    checkParent(em, account.code(), account.parent());
                    existing.get().apply(account);
                    updated++;
                    record(em, account.code(), "IMPORT", new ChangeSet().compare("name", null, account.name()));
                } else {
                    insert(em, account);
                    created++;
                    record(em, account.code(), "IMPORT", new ChangeSet().created("name", account.name()));
                }
            }
            return new ImportResult(created, updated);
        });
    }

    private Account insert(EntityManager em, Account account) {
        if (find(em, account.code()).isPresent()) {
            throw new ConflictProblem("an account with code '" + account.code() + "' already exists",
                    Map.of("field", "code"));
        }
        checkParent(em, account.code(), account.parent());
        AccountEntity entity = new AccountEntity(account, Instant.now());
        em.persist(entity);
        List<String> periods = em.createQuery("SELECT p.id FROM PeriodEntity p", String.class).getResultList();
        Balances.createRows(em, List.of(account.code()), periods);
        return entity.toAccount(true);
    }

    private void checkParent(EntityManager em, String code, String parent) {
        if (parent == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        String current = parent;
        while (current != null) {
            if (current.equals(code) || !seen.add(current)) {
                throw ValidationFailedException.of("parent", "would make the account its own ancestor");
            }
            Optional<AccountEntity> ancestor = find(em, current);
            if (ancestor.isEmpty()) {
                throw ValidationFailedException.of("parent", "account '" + current + "' does not exist");
            }
            current = ancestor.get().parent();
        }
        if (hasPostings(em, parent)) {
            throw new ConflictProblem("account '" + parent + "' has postings and cannot become a parent account");
        }
    }

    private void record(EntityManager em, String code, String action, ChangeSet changes) {
        audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_ACCOUNT, code, action,
                changes.changes()));
    }

    private static void check(Account account, boolean creating) {
        Validator v = new Validator();
        if (creating && v.requiredText("code", account.code(), 20)) {
            v.matches("code", account.code(), CODE, "must be letters, digits, '.' or '-' (at most 20)");
        }
        v.requiredText("name", account.name(), 200);
        v.required("type", account.type());
        v.optionalText("parent", account.parent(), 20);
        v.currency("currency", account.currency());
        v.throwIfInvalid();
    }

    public static Optional<AccountEntity> find(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.code = :code", AccountEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    static Set<String> parents(EntityManager em) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT a.parent FROM AccountEntity a WHERE a.parent IS NOT NULL",
                String.class).getResultList());
    }

    public static boolean hasChildren(EntityManager em, String code) {
        return em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE a.parent = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    private static boolean hasPostings(EntityManager em, String code) {
        return !em.createQuery("SELECT l.id FROM JournalLineEntity l WHERE l.account = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }
}
