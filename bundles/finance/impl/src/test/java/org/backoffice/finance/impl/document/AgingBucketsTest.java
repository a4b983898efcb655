package org.backoffice.finance.impl.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.backoffice.finance.api.document.AgingRow;
import org.junit.jupiter.api.Test;

class AgingBucketsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    /** What the SQL does for one amount: adds it to every cumulative sum whose bound its due date reaches. */
    private static AgingRow bucketOf(LocalDate due) {
        LocalDate[] bounds = AgingBuckets.bounds(AS_OF);
        BigDecimal[] sums = new BigDecimal[5];
        for (int i = 0; i < 4; i++) {
            sums[i] = due.isBefore(bounds[i]) ? BigDecimal.ZERO : BigDecimal.TEN;
        }
        sums[4] = BigDecimal.TEN;
        return AgingBuckets.row("C", sums);
    }

    private static BigDecimal[] buckets(AgingRow row) {
        return new BigDecimal[] {row.current(), row.d1to30(), row.d31to60(), row.d61to90(), row.over90()};
    }

    private static BigDecimal[] only(int bucket) {
        BigDecimal[] expected = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        expected[bucket] = BigDecimal.TEN;
        return expected;
    }

    @Test
    void dueTodayOrLaterIsCurrent() {
        assertArrayEquals(only(0), buckets(bucketOf(AS_OF)));
        assertArrayEquals(only(0), buckets(bucketOf(AS_OF.plusDays(40))));
    }

    @Test
    void bucketEdgesCountDaysPastDue() {
        assertArrayEquals(only(1), buckets(bucketOf(AS_OF.minusDays(1))));
        assertArrayEquals(only(1), buckets(bucketOf(AS_OF.minusDays(30))));
        assertArrayEquals(only(2), buckets(bucketOf(AS_OF.minusDays(31))));
        assertArrayEquals(only(2), buckets(bucketOf(AS_OF.minusDays(60))));
        assertArrayEquals(only(3), buckets(bucketOf(AS_OF.minusDays(61))));
        assertArrayEquals(only(3), buckets(bucketOf(AS_OF.minusDays(90))));
        assertArrayEquals(only(4), buckets(bucketOf(AS_OF.minusDays(91))));
    }

    @Test
    void bucketsAddUpToTheTotal() {
        AgingRow row = AgingBuckets.row("C", new BigDecimal[] {new BigDecimal("5"), new BigDecimal("12"),
                new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("26.50")});
        assertEquals(new BigDecimal("26.50"), row.current().add(row.d1to30()).add(row.d31to60()).add(row.d61to90())
                .add(row.over90()));
        assertEquals(new BigDecimal("6.50"), row.over90());
        assertEquals(BigDecimal.ZERO, row.d31to60());
    }
}
