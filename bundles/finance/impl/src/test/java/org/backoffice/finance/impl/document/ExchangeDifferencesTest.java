package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class ExchangeDifferencesTest {

    private final ExchangeDifferences usd = new ExchangeDifferences("USD", "6900");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void partsOfADocumentSettledInStepsAddUpToItsPostedBaseAmountExactly() {
        BigDecimal rate = d("1.5");
        BigDecimal gross = d("100.00");
        BigDecimal posted = gross.multiply(rate).setScale(2, RoundingMode.HALF_EVEN); // what the entry holds: 150.00
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (String amount : new String[] {"33.33", "33.33", "33.33", "0.01"}) {
            sum = sum.add(usd.part(rate, before, d(amount)));
            before = before.add(d(amount));
        }
        assertEquals(posted, sum);
        // rounding each step on its own would not: 3 × round(49.995) + round(0.015) = 150.02
        BigDecimal naive = d("33.33").multiply(rate).setScale(2, RoundingMode.HALF_EVEN).multiply(d("3"))
                .add(d("0.01").multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
        assertTrue(naive.compareTo(posted) != 0, "the example shows the difference: " + naive);
    }

    @Test
    void theDifferenceIsTheDocumentsPartLessTheSettlementsPart() {
        // an invoice of 100.00 EUR at 1.10 (110.00 USD on receivables), paid at 1.20 (120.00 USD off receivables)
        assertEquals(d("110.00"), usd.part(d("1.10"), BigDecimal.ZERO, d("100.00")));
        assertEquals(d("120.00"), usd.part(d("1.20"), BigDecimal.ZERO, d("100.00")));
        assertEquals(d("55.00"), usd.part(d("1.10"), d("50.00"), d("50.00")));
        assertTrue(usd.none("USD"));
        assertTrue(!usd.none("EUR"));
    }
}
