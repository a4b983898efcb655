package org.backoffice.finance.impl.bank;

import java.time.Instant;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.backoffice.finance.api.FinanceModule;
import org.backoffice.finance.api.bank.BankAccount;
import org.backoffice.finance.api.bank.BankAccountDraft;
import org.backoffice.finance.api.bank.BankAccountService;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.finance.impl.FinanceConfig;
import org.backoffice.finance.impl.Jpa;
import org.backoffice.finance.impl.ledger.AccountEntity;
import org.backoffice.finance.impl.ledger.JpaAccountService;
import org.backoffice.finance.impl.ledger.LedgerConfig;
import org.backoffice.platform.api.BankIdentifiers;
import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.backoffice.platform.api.audit.AuditEntry;
import org.backoffice.platform.api.audit.AuditTrail;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.error.ConflictProblem;
import org.backoffice.platform.api.error.NotFoundProblem;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.backoffice.platform.api.error.Validator;
import org.backoffice.platform.api.persistence.PagedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Bank accounts on JPA: IBAN and BIC checked, the ledger account a postable asset, the fee account an expense. */
@Component(service = BankAccountService.class, configurationPid = FinanceConfig.PID)
public final class JpaBankAccountService implements BankAccountService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final String baseCurrency;
    private final String bankChargesAccount;

    @Activate
    public JpaBankAccountService(@Reference(target = Jpa.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
            LedgerConfig ledgerConfig, BankConfig bankConfig) {
        this.jpa = jpa;
        this.audit = audit;
        this.baseCurrency = ledgerConfig.baseCurrency();
        this.bankChargesAccount = bankConfig.bankChargesAccount();
    }

    @Override
    public Page<BankAccount> list(PageRequest page) {
        return Jpa.read(jpa, em -> PagedQuery.of("BankAccountEntity", "b").page(em, BankAccountEntity.class,
                "b.code", page, BankAccountEntity::toBankAccount));
    }

    @Override
    public BankAccount create(BankAccountDraft draft) {
        checkShape(draft);
        String iban = BankIdentifiers.normalizeIban(draft.iban());
        String currency = draft.currency() == null ? baseCurrency : draft.currency();
        String fee = draft.feeAccount() == null ? bankChargesAccount : draft.feeAccount();
        return Jpa.write(jpa, "BankAccount " + draft.code(), em -> {
            checkReferences(em, draft, currency, fee, null);
            BankAccountEntity account = new BankAccountEntity(Instant.now());
            account.apply(draft, iban, currency, fee);
            em.persist(account);
            em.flush();
            BankAccount created = account.toBankAccount();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_BANK_ACCOUNT,
                    Long.toString(created.id()), AuditEntry.CREATE, new ChangeSet().created("code", created.code())
                            .created("iban", iban).created("currency", currency)
                            .created("ledgerAccount", created.ledgerAccount()).changes()));
            return created;
        });
    }

    @Override
    public BankAccount update(long id, BankAccountDraft draft) {
        if (draft.version() == null) {
            throw ValidationFailedException.of("version", "is required to update; send the version you read");
        }
        checkShape(draft);
        String iban = BankIdentifiers.normalizeIban(draft.iban());
        String currency = draft.currency() == null ? baseCurrency : draft.currency();
        String fee = draft.feeAccount() == null ? bankChargesAccount : draft.feeAccount();
        return Jpa.write(jpa, "BankAccount " + id, em -> {
            BankAccountEntity account = find(em, id);
            if (account.version() != draft.version()) {
                throw ConflictProblem.staleVersion(FinanceModule.ENTITY_BANK_ACCOUNT, Long.toString(id),
                        draft.version(), account.version());
            }
            checkReferences(em, draft, currency, fee, id);
            if (!account.currency().equals(currency) && hasStatements(em, id)) {
                throw ValidationFailedException.of("currency", "cannot change: the account has statements");
            }
            BankAccount before = account.toBankAccount();
            account.apply(draft, iban, currency, fee);
            em.flush();
            BankAccount after = account.toBankAccount();
            audit.record(em, AuditEntry.of(FinanceModule.ID, FinanceModule.ENTITY_BANK_ACCOUNT, Long.toString(id),
                    AuditEntry.UPDATE, new ChangeSet().compare("code", before.code(), after.code())
                            .compare("name", before.name(), after.name()).compare("iban", before.iban(), after.iban())
                            .compare("bic", before.bic(), after.bic())
                            .compare("currency", before.currency(), after.currency())
                            .compare("ledgerAccount", before.ledgerAccount(), after.ledgerAccount())
                            .compare("feeAccount", before.feeAccount(), after.feeAccount())
                            .compare("csvMapping", before.csvMapping(), after.csvMapping()).changes()));
            return after;
        });
    }

    @Override
    public BankAccount require(long id) {
        return Jpa.read(jpa, em -> find(em, id).toBankAccount());
    }

    @Override
    public Optional<BankAccount> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return Jpa.read(jpa, em -> {
            if (idOrCode.chars().allMatch(Character::isDigit) && idOrCode.length() < 18) {
                BankAccountEntity byId = em.find(BankAccountEntity.class, Long.parseLong(idOrCode));
                if (byId != null) {
                    return Optional.of(byId.toBankAccount());
                }
            }
            return em.createQuery("SELECT b FROM BankAccountEntity b WHERE b.code = :code", BankAccountEntity.class)
                    .setParameter("code", idOrCode.trim()).getResultStream().findFirst()
                    .map(BankAccountEntity::toBankAccount);
        });
    }

    static BankAccountEntity find(EntityManager em, long id) {
        BankAccountEntity account = em.find(BankAccountEntity.class, id);
        if (account == null) {
            throw new NotFoundProblem(FinanceModule.ENTITY_BANK_ACCOUNT, Long.toString(id));
        }
        return account;
    }

    private static void checkShape(BankAccountDraft draft) {
        Validator v = new Validator();
        v.requiredText("code", draft.code(), 20);
        v.requiredText("name", draft.name(), 200);
        if (v.requiredText("iban", draft.iban(), 42)) {
            v.check(BankIdentifiers.validIban(BankIdentifiers.normalizeIban(draft.iban())), "iban",
                    "is not a valid IBAN (ISO 13616: country, check digits, account; mod-97 check)");
        }
        if (draft.bic() != null && !draft.bic().isBlank()) {
            v.check(BankIdentifiers.validBic(draft.bic().trim()), "bic",
                    "is not a BIC: 4 letters bank, 2 letters country, 2 letters/digits location, optional branch");
        }
        v.currency("currency", draft.currency());
        v.requiredText("ledgerAccount", draft.ledgerAccount(), 20);
        v.optionalText("feeAccount", draft.feeAccount(), 20);
        if (draft.csvMapping() != null) {
            StatementCsv.checkMapping(v, "csvMapping", draft.csvMapping());
        }
        v.throwIfInvalid();
    }

    private static void checkReferences(EntityManager em, BankAccountDraft draft, String currency, String fee,
            Long self) {
        Validator v = new Validator();
        account(em, v, "ledgerAccount", draft.ledgerAccount(), AccountType.ASSET, currency);
        account(em, v, "feeAccount", fee, AccountType.EXPENSE, null);
        String iban = BankIdentifiers.normalizeIban(draft.iban());
        for (BankAccountEntity other : em.createQuery("SELECT b FROM BankAccountEntity b WHERE b.code = :code"
                + " OR b.iban = :iban", BankAccountEntity.class).setParameter("code", draft.code().trim())
                .setParameter("iban", iban).getResultList()) {
            if (!other.id().equals(self)) {
                throw new ConflictProblem(other.code().equals(draft.code().trim())
                        ? "bank account " + other.code() + " exists already"
                        : "IBAN " + iban + " belongs to bank account " + other.code());
            }
        }
        v.throwIfInvalid();
    }

    private static void account(EntityManager em, Validator v, String field, String code, AccountType type,
            String currency) {
        Optional<AccountEntity> account = JpaAccountService.find(em, code);
        if (account.isEmpty()) {
            v.reject(field, "account '" + code + "' does not exist");
        } else if (account.get().type() != type) {
            v.reject(field, "account '" + code + "' is " + account.get().type() + ", not " + type);
        } else if (!account.get().active()) {
            v.reject(field, "account '" + code + "' is blocked");
        } else if (JpaAccountService.hasChildren(em, code)) {
            v.reject(field, "account '" + code + "' has sub-accounts; name a postable one");
        } else if (currency != null && account.get().currency() != null && !account.get().currency().equals(currency)) {
            v.reject(field, "account '" + code + "' is kept in " + account.get().currency() + ", not " + currency);
        }
    }

    private static boolean hasStatements(EntityManager em, long id) {
        return !em.createQuery("SELECT s.id FROM BankStatementEntity s WHERE s.bankAccount = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }
}
