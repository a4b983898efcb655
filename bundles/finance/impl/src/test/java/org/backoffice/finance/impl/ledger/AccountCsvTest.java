package org.backoffice.finance.impl.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.backoffice.finance.api.ledger.Account;
import org.backoffice.finance.api.ledger.AccountType;
import org.backoffice.finance.impl.ledger.periods.Periods;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    @Test
    void readsQuotedFieldsAndDefaults() {
        List<Account> accounts = AccountCsv.parse("code,name,type,parent,currency,active\r\n"
                + "4100,\"Sales, export\",income,4000,EUR,\r\n"
                + "5100,\"Say \"\"hi\"\"\",EXPENSE,,,false\n");
        assertEquals(2, accounts.size());
        assertEquals(new Account("4100", "Sales, export", AccountType.INCOME, "4000", null, "EUR", true, null),
                accounts.get(0));
        assertEquals("Say \"hi\"", accounts.get(1).name());
        assertEquals(Boolean.FALSE, accounts.get(1).active());
    }

    @Test
    void reportsRowsAndFields() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> AccountCsv.parse(
                "code,name,type,parent,currency,active\n1,A,ASSET\n2,B,NOPE,,,\n3,C,ASSET,,,maybe\n"));
        assertEquals(List.of("row 2", "row 3.type", "row 4.active"),
                e.errors().stream().map(f -> f.field()).toList());
        assertThrows(ValidationFailedException.class, () -> AccountCsv.parse("id,name\n1,A\n"));
    }

    @Test
    void periodsAndFiscalYears() {
        assertEquals("2026-11", Periods.idOf(java.time.LocalDate.of(2026, 11, 30)));
        assertEquals(2026, Periods.fiscalYearOf(java.time.LocalDate.of(2027, 3, 1), 7));
        assertEquals(2027, Periods.fiscalYearOf(java.time.LocalDate.of(2027, 7, 1), 7));
        assertThrows(ValidationFailedException.class, () -> Periods.parse("period", "2026-13"));
    }
}
