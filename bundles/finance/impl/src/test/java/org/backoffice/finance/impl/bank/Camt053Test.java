package org.backoffice.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.backoffice.platform.api.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class Camt053Test {

    private static String sample() throws IOException {
        try (InputStream in = Camt053Test.class.getResourceAsStream("/camt053-sample.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertNames(ValidationFailedException e, String field, String part) {
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals(field) && f.message().contains(part)),
                e.toString());
    }

    @Test
    void readsTheStatementItsBalancesAndEntries() throws IOException {
        ParsedStatement s = Camt053.parse(sample());
        assertEquals("STMT-2030-03", s.statementId());
        assertEquals("3", s.sequenceNumber());
        assertEquals("DE89370400440532013000", s.iban());
        assertEquals("EUR", s.currency());
        assertEquals(new BigDecimal("1000.00"), s.openingBalance());
        assertEquals(new BigDecimal("1225.05"), s.closingBalance());
        assertEquals(LocalDate.of(2030, 3, 31), s.closingDate());
        assertEquals(2, s.lines().size());
        ParsedStatement.Line in = s.lines().get(0);
        assertEquals(new BigDecimal("250.00"), in.amount());
        assertEquals(LocalDate.of(2030, 3, 5), in.bookingDate());
        assertEquals(LocalDate.of(2030, 3, 6), in.valueDate());
        assertEquals("Payment INV-2030-000012 thanks", in.text());
        assertEquals("Acme & Sons GmbH", in.counterparty()); // the debtor pays us
        assertEquals("GB82WEST12345698765432", in.counterpartyIban());
        assertEquals("BANKREF-1", in.reference());
        ParsedStatement.Line out = s.lines().get(1);
        assertEquals(new BigDecimal("-24.95"), out.amount());
        assertEquals("The Bank", out.counterparty()); // the creditor is paid
        assertEquals(0, s.openingBalance().add(s.sum()).compareTo(s.closingBalance()));
    }

    @Test
    void aDtdIsRefusedSoNoEntityIsExpanded() throws IOException {
        String xml = sample().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("Payment INV", "&x; INV");
        assertThrows(ValidationFailedException.class, () -> Camt053.parse(xml));
    }

    @Test
    void malformedXmlNamesTheLine() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> Camt053.parse("<Document xmlns=\"" + Camt053.NAMESPACE + "\">\n<BkToCstmrStmt>\n</Stmt>"));
        assertNames(e, "content", "line 3");
    }

    @Test
    void badElementsAreNamed() throws IOException {
        String xml = sample().replace("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>XX</CdtDbtInd>")
                .replace("<Amt Ccy=\"EUR\">250.00</Amt>", "<Amt Ccy=\"USD\">250.00</Amt>")
                .replace("<Dt>2030-03-05</Dt>", "<Dt>2030-03-55</Dt>");
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> Camt053.parse(xml));
        assertNames(e, "Stmt/Ntry[2]/CdtDbtInd", "CRDT or DBIT");
        assertNames(e, "Stmt/Ntry[1]/Amt", "USD");
        assertNames(e, "Stmt/Ntry[1]/BookgDt", "not an ISO date");
    }

    @Test
    void balancesAndRootAreRequired() throws IOException {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> Camt053.parse(sample().replace("CLBD", "XXXX")));
        assertNames(e, "Stmt/Bal", "CLBD");
        e = assertThrows(ValidationFailedException.class,
                () -> Camt053.parse(sample().replace("camt.053.001.02", "camt.052.001.02")));
        assertNames(e, "Document", "not a camt.053.001.02");
    }
}
