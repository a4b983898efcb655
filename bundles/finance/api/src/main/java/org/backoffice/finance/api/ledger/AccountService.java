package org.backoffice.finance.api.ledger;

import java.util.Optional;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The chart of accounts. */
@ProviderType
public interface AccountService {

    /** Accounts sorted by code; {@code type} and {@code active} filter when not null, {@code text} matches code or name. */
    Page<Account> find(AccountType type, Boolean active, String text, PageRequest page);

    Optional<Account> get(String code);

    Account require(String code);

    Account create(Account account);

    /** Replaces name, type, parent, currency and active; {@code version} must be the stored one. */
    Account update(String code, Account account);

    /** Deletes an account that has never been posted to and has no children; otherwise a conflict. */
    void delete(String code);

    /**
     * Creates or updates accounts from CSV with the header {@code code,name,type,parent,currency,active}; all rows or
     * none.
     *
     * @return how many accounts were created and updated
     */
    ImportResult importCsv(String csv);

    /** Outcome of an import. */
    record ImportResult(int created, int updated) {
    }
}
