package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.backoffice.finance.api.document.AgingRow;

/**
 * Aging buckets by days past due as of a day. The SQL sums open amounts cumulatively by due date (due on or after
 * each {@link #bounds bound}, plus the total); the buckets are the differences. Due on the day itself is current.
 */
final class AgingBuckets {

    private AgingBuckets() {
    }

    /** asOf, asOf-30, asOf-60, asOf-90: an amount is in a bucket when its due date is on or after the bucket's bound. */
    static LocalDate[] bounds(LocalDate asOf) {
        return new LocalDate[] {asOf, asOf.minusDays(30), asOf.minusDays(60), asOf.minusDays(90)};
    }

    /** {@code sums}: due ≥ bound 0..3, then the total. */
    static AgingRow row(String partner, BigDecimal[] sums) {
        return new AgingRow(partner, sums[0], sums[1].subtract(sums[0]), sums[2].subtract(sums[1]),
                sums[3].subtract(sums[2]), sums[4].subtract(sums[3]), sums[4]);
    }

    /** Two rows added bucket by bucket, under the first one's partner. */
    static AgingRow add(AgingRow a, AgingRow b) {
        return new AgingRow(a.partner(), a.current().add(b.current()), a.d1to30().add(b.d1to30()),
                a.d31to60().add(b.d31to60()), a.d61to90().add(b.d61to90()), a.over90().add(b.over90()),
                a.total().add(b.total()));
    }
}
