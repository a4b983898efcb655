package org.backoffice.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.backoffice.finance.api.bank.CsvMapping;
import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

    private static CsvMapping named() {
        return new CsvMapping("Date", null, "Amount", null, null, "Text", "Name", "IBAN", "Ref", null, null, null,
                null);
    }

    private static boolean names(ValidationFailedException e, String field, String part) {
        return e.errors().stream().anyMatch(f -> f.field().equals(field) && f.message().contains(part));
    }

    @Test
    void readsColumnsNamedInTheHeader() {
        ParsedStatement s = StatementCsv.parse("Date,Amount,Text,Name,IBAN,Ref\r\n"
                + "2030-01-05,250.00,\"INV-2030-000001, thanks\",Acme,DE89370400440532013000,R1\r\n"
                + "2030-01-07,-12.5,Fees,,,\r\n", named());
        assertEquals(2, s.lines().size());
        ParsedStatement.Line first = s.lines().get(0);
        assertEquals(LocalDate.of(2030, 1, 5), first.bookingDate());
        assertEquals(new BigDecimal("250.00"), first.amount());
        assertEquals("INV-2030-000001, thanks", first.text());
        assertEquals("Acme", first.counterparty());
        assertEquals("R1", first.reference());
        assertNull(s.lines().get(1).counterparty());
        assertEquals(new BigDecimal("237.50"), s.sum());
        assertEquals(LocalDate.of(2030, 1, 7), s.closingDate());
    }

    @Test
    void readsPositionsDebitCreditCommaDecimalsAndOtherDelimiters() {
        CsvMapping m = new CsvMapping("1", "2", null, "3", "4", "5", null, null, null, "dd.MM.yyyy", ",", 2, ";");
        ParsedStatement s = StatementCsv.parse("Bank export\nBuchung;Valuta;Soll;Haben;Text\n"
                + "03.02.2030;04.02.2030;;1.234,56;Zahlung\n05.02.2030;05.02.2030;10,00;;Gebühr\n", m);
        assertEquals(new BigDecimal("1234.56"), s.lines().get(0).amount());
        assertEquals(LocalDate.of(2030, 2, 4), s.lines().get(0).valueDate());
        assertEquals(new BigDecimal("-10.00"), s.lines().get(1).amount());
    }

    @Test
    void tabDelimiterAndNoHeader() {
        CsvMapping m = new CsvMapping("1", null, "2", null, null, "3", null, null, null, null, null, 0, "tab");
        ParsedStatement s = StatementCsv.parse("2030-01-01\t5.00\tx\n", m);
        assertEquals(new BigDecimal("5.00"), s.lines().get(0).amount());
    }

    @Test
    void badRowsAreNamedByRowAndColumn() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> StatementCsv.parse(
                "Date,Amount,Text,Name,IBAN,Ref\n2030-01-05,abc,,,,\n2030-13-01,1.00,,,,\n,0,,,,\n", named()));
        assertTrue(names(e, "row 2.amount", "not an amount"), e.toString());
        assertTrue(names(e, "row 3.date", "not a date"), e.toString());
        assertTrue(names(e, "row 4.date", "missing"), e.toString());
        assertTrue(names(e, "row 4.amount", "zero"), e.toString());
    }

    @Test
    void mappingProblemsNameTheMappingField() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> StatementCsv.parse(
                "Date,Sum\n2030-01-05,1\n", named()));
        assertTrue(names(e, "mapping.amount", "no column 'Amount'"), e.toString());
        e = assertThrows(ValidationFailedException.class, () -> StatementCsv.parse("x", new CsvMapping("1", null,
                "2", "3", null, null, null, null, null, "yyyy-MM-dd-Q-invalid{", "/", 1, ";;")));
        assertTrue(names(e, "mapping.amount", "either"), e.toString());
        assertTrue(names(e, "mapping.decimalSeparator", ". or ,"), e.toString());
        assertTrue(names(e, "mapping.delimiter", "one character"), e.toString());
        e = assertThrows(ValidationFailedException.class, () -> StatementCsv.parse("x", null));
        assertTrue(names(e, "mapping", "required"), e.toString());
    }

    @Test
    void aFileWithoutRowsIsRefused() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> StatementCsv.parse("Date,Amount,Text,Name,IBAN,Ref\n\n", named()));
        assertTrue(names(e, "content", "no statement rows"), e.toString());
    }
}
