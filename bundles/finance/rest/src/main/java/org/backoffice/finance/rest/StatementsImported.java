package org.backoffice.finance.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.backoffice.finance.api.bank.BankStatement;

/**
 * The answer to importing a file of several statements: the first statement's fields, as for a file of one, so a
 * client that knows only that answer still reads it, plus {@code statements}, every imported statement in file order.
 */
record StatementsImported(@JsonUnwrapped BankStatement first, List<BankStatement> statements) {
}
