package org.backoffice.finance.impl.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.backoffice.finance.api.dunning.DunningNotice;
import org.junit.jupiter.api.Test;

class DunningLetterTest {

    private static DunningNotice notice(String customer, String levelName) {
        return new DunningNotice(1L, "DUN-2029-000001", 1L, customer, LocalDate.of(2029, 6, 30), 2, levelName,
                List.of(new DunningNotice.Item(10, "INV-2029-000010", LocalDate.of(2029, 5, 1), 60,
                                new BigDecimal("1200.50"), 2),
                        new DunningNotice.Item(11, "INV-2029-000011", LocalDate.of(2029, 6, 1), 29,
                                new BigDecimal("7.00"), 1)),
                new BigDecimal("1207.50"), new BigDecimal("10.00"), "USD", 5L, 7L);
    }

    @Test
    void knownPlaceholdersAreFilledIn() {
        String text = DunningLetter.text("To {customer} on {date}: {level}. Total {total} {currency}, fee {fee}"
                + " {currency}.", notice("DN-A", "Second notice"));
        assertEquals("To DN-A on 2029-06-30: Second notice. Total 1207.50 USD, fee 10.00 USD.", text);
    }

    @Test
    void theInvoicesAreAnAlignedTable() {
        String table = DunningLetter.text("{invoices}", notice("DN-A", "L"));
        assertEquals(String.join("\n",
                "Invoice          Due date    Days overdue     Open",
                "INV-2029-000010  2029-05-01            60  1200.50",
                "INV-2029-000011  2029-06-01            29     7.00"), table);
    }

    @Test
    void unknownAndMalformedPlaceholders() {
        assertEquals(List.of("{amount}", "{Customer}"),
                DunningLetter.unknownPlaceholders("{customer} {amount} {Customer} {amount}"));
        assertEquals(List.of(), DunningLetter.unknownPlaceholders("no placeholders, a lone { and } and { spaced }"));
        assertEquals(List.of("{}"), DunningLetter.unknownPlaceholders("empty {}"));
    }

    @Test
    void htmlEscapesEverythingUserProvided() {
        String html = DunningLetter.html("<b>Dear</b> {customer} & co,\n{level}\n{invoices}",
                notice("<script>alert('x')</script>", "\"Final\" <demand>"));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b&gt;Dear&lt;/b&gt;"), html);
        assertTrue(html.contains("&amp; co,<br>"), html);
        assertTrue(html.contains("&quot;Final&quot; &lt;demand&gt;"), html);
        assertTrue(html.contains("<td>INV-2029-000010</td>"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<title>Dunning notice DUN-2029-000001</title>"));
    }
}
