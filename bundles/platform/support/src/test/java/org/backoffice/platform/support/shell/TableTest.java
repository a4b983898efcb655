package org.backoffice.platform.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.backoffice.platform.api.Page;
import org.backoffice.platform.api.PageRequest;
import org.junit.jupiter.api.Test;

class TableTest {

    record Row(String code, String name, BigDecimal amount, Boolean active) {
    }

    @Test
    void everyColumnShowsItsValueAndNullShowsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table.of(Row.class).column("Code", Row::code).column("Name", 10, Row::name).column("Amount", Row::amount)
                .column("Active", Row::active)
                .print(List.of(new Row("A-1", "שלום עולם", new BigDecimal("1E+2"), true),
                        new Row("B-2", null, null, false)), new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertTrue(lines[0].startsWith("Code"), lines[0]);
        assertTrue(lines[2].contains("שלום עולם") && lines[2].contains("100") && lines[2].contains("yes"), lines[2]);
        assertTrue(lines[3].startsWith("B-2") && lines[3].contains("no"), lines[3]);
    }

    @Test
    void aRightColumnLinesUpTheLastDigits() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table.of(Row.class).column("Code", Row::code).right("Amount", Row::amount)
                .print(List.of(new Row("A-1", null, new BigDecimal("1234.50"), null),
                        new Row("B-2", null, new BigDecimal("7.25"), null)),
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertTrue(lines[2].endsWith("1234.50"), lines[2]);
        assertTrue(lines[3].endsWith("   7.25"), lines[3]);
        assertEquals(lines[2].length(), lines[3].length());
        assertTrue(lines[0].endsWith("Amount"), lines[0]);
    }

    @Test
    void aLeftColumnStartsWhereItsHeaderStarts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table.of(Row.class).column("Amount", Row::amount).column("Code", Row::code)
                .print(List.of(new Row("A-1", null, new BigDecimal("1234.50"), null),
                        new Row("B-2", null, new BigDecimal("7.25"), null)),
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertTrue(lines[3].startsWith("7.25 "), lines[3]);
    }

    @Test
    void theFooterSaysHowManyOfHowMany() {
        Page<String> page = Page.of(List.of("a", "b"), 7, PageRequest.first(2));
        assertEquals("2 of 7 partners", Table.footer(page, "partners"));
    }
}
