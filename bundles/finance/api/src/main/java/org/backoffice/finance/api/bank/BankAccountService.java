package org.backoffice.finance.api.bank;

import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The company's bank accounts. */
@ProviderType
public interface BankAccountService {

    Page<BankAccount> list(PageRequest page);

    BankAccount create(BankAccountDraft draft);

    /** Needs the version read; a stale one answers a conflict. */
    BankAccount update(long id, BankAccountDraft draft);

    BankAccount require(long id);

    /** By id or, when {@code idOrCode} is not a number, by code. */
    Optional<BankAccount> find(String idOrCode);
}
