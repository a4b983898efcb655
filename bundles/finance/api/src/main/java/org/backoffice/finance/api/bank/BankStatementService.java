package org.backoffice.finance.api.bank;

import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Bank statements: import (CSV, camt.053), matching lines to open items (invoices, unreconciled receipts),
 * explanations posted to an account, and the reconciliation of the bank's ledger account.
 */
@ProviderType
public interface BankStatementService {

    /**
     * Imports a statement file; refused whole when malformed, unbalanced, of another account or currency, or a repeat.
     * Of a camt.053 file holding several statements, all are imported and the first is returned (see
     * {@link #importStatements}).
     */
    BankStatement importStatement(long bankAccount, StatementImport options, String content);

    /**
     * Imports every statement of a file in one transaction, in file order: a CSV file is one statement, a camt.053
     * file one or more (banks often send one per day). Each is checked on its own; if one is malformed, unbalanced,
     * of another account or currency, or was imported before, none is.
     *
     * @since 1.1
     */
    List<BankStatement> importStatements(long bankAccount, StatementImport options, String content);

    Page<BankStatement> list(long bankAccount, PageRequest page);

    BankStatement require(long statement);

    Page<StatementLine> lines(long statement, StatementLineStatus status, PageRequest page);

    StatementLine requireLine(long line);

    /** Accepts only unambiguous exact matches; everything else waits for a person. */
    AutoMatchResult autoMatch(long statement);

    /** The open items the line may settle, best first. */
    List<MatchProposal> proposals(long line);

    StatementLine match(long line, MatchRequest request);

    /** Undoes a link to an existing receipt or an explanation (reversed); refused for a match that created a receipt. */
    StatementLine unmatch(long line);

    Reconciliation reconciliation(long statement);
}
