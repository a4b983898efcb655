package org.backoffice.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
        ParsedStatement s = Camt053.parse(sample()).get(0);
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

    /** The sample's statement as the {@code n}th of a file: its own id, sequence number and balances. */
    private static String statement(String sample, int n, String opening, String closing) {
        String stmt = sample.substring(sample.indexOf("<Stmt>"), sample.indexOf("</Stmt>") + "</Stmt>".length());
        return stmt.replace("STMT-2030-03", "STMT-2030-03-" + n)
                .replace("<ElctrncSeqNb>3<", "<ElctrncSeqNb>3" + n + "<")
                .replace(">1225.05<", ">CLOSING<").replace(">1000.00<", ">" + opening + "<")
                .replace(">CLOSING<", ">" + closing + "<");
    }

    /** A file of the sample's statement repeated as daily statements, each given as {opening, closing}. */
    private static String daily(String[]... balances) throws IOException {
        String sample = sample();
        StringBuilder stmts = new StringBuilder();
        for (int i = 0; i < balances.length; i++) {
            stmts.append(statement(sample, i + 1, balances[i][0], balances[i][1]));
        }
        return sample.substring(0, sample.indexOf("<Stmt>")) + stmts
                + sample.substring(sample.indexOf("</Stmt>") + "</Stmt>".length());
    }

    @Test
    void readsEveryStatementOfAFileWithItsOwnIdBalancesAndLines() throws IOException {
        List<ParsedStatement> two = Camt053.parse(daily(new String[] {"1000.00", "1225.05"},
                new String[] {"1225.05", "1450.10"}));
        assertEquals(2, two.size());
        assertEquals("STMT-2030-03-1", two.get(0).statementId());
        assertEquals("STMT-2030-03-2", two.get(1).statementId());
        assertEquals("32", two.get(1).sequenceNumber());
        assertEquals(new BigDecimal("1225.05"), two.get(1).openingBalance());
        assertEquals(new BigDecimal("1450.10"), two.get(1).closingBalance());
        assertEquals(2, two.get(1).lines().size());

        List<ParsedStatement> three = Camt053.parse(daily(new String[] {"1000.00", "1225.05"},
                new String[] {"1225.05", "1450.10"}, new String[] {"0.00", "225.05"}));
        assertEquals(List.of("STMT-2030-03-1", "STMT-2030-03-2", "STMT-2030-03-3"),
                three.stream().map(ParsedStatement::statementId).toList());
        assertEquals(new BigDecimal("225.05"), three.get(2).closingBalance());
        assertEquals(6, three.stream().mapToInt(s -> s.lines().size()).sum());
    }

    @Test
    void anUnbalancedSecondStatementRefusesTheFileNamingIt() throws IOException {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> Camt053.parse(daily(
                new String[] {"1000.00", "1225.05"}, new String[] {"1225.05", "1450.00"},
                new String[] {"0.00", "225.05"})));
        assertEquals(1, e.errors().size(), e.toString());
        assertNames(e, "Stmt[2]/Bal[CLBD]", "not the closing balance");
    }

    @Test
    void aSingleUnbalancedStatementKeepsItsName() throws IOException {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> Camt053.parse(sample().replace(">1225.05<", ">1225.00<")));
        assertNames(e, "Stmt/Bal[CLBD]", "not the closing balance");
    }

    @Test
    void problemsOfSeveralStatementsAreNamedByTheirIndex() throws IOException {
        String xml = daily(new String[] {"1000.00", "1225.05"}, new String[] {"1225.05", "1450.10"})
                .replace("<Id>STMT-2030-03-2</Id>", "<Id>STMT-2030-03-1</Id>");
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> Camt053.parse(xml));
        assertNames(e, "Stmt[2]/Id", "also that of Stmt[1]");
        String badEntry = daily(new String[] {"1000.00", "1225.05"}, new String[] {"1225.05", "1450.10"});
        int second = badEntry.indexOf("STMT-2030-03-2");
        String broken = badEntry.substring(0, second) + badEntry.substring(second).replaceFirst("<CdtDbtInd>DBIT<",
                "<CdtDbtInd>XX<");
        e = assertThrows(ValidationFailedException.class, () -> Camt053.parse(broken));
        assertNames(e, "Stmt[2]/Ntry[2]/CdtDbtInd", "CRDT or DBIT");
    }

    @Test
    void aFileWithoutStatementIsRefused() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> Camt053.parse(
                "<Document xmlns=\"" + Camt053.NAMESPACE + "\"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>"));
        assertNames(e, "BkToCstmrStmt/Stmt", "no statement");
    }
}
