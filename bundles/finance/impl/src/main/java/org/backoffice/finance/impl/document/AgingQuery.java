package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.backoffice.finance.api.document.AgingReport;
import org.backoffice.finance.api.document.AgingRow;
import org.backoffice.platform.api.Money;

/**
 * An aging report of open document amounts by partner (receivables by customer, payables by supplier), summed in SQL
 * into the {@link AgingBuckets} as of a day. The report is built from signed aggregates: the documents' amounts, less
 * what settled them (credit notes, allocations) up to the day.
 */
public final class AgingQuery {

    private final LocalDate asOf;
    private final String currency;
    private final String partnerColumn;
    private final String dueColumn;
    private final String currencyColumn;
    private final LocalDate[] bounds;
    private final Map<String, BigDecimal[]> sums = new TreeMap<>();

    /**
     * @param partnerColumn e.g. {@code i.CUSTOMER_CODE}: the document's partner in every aggregate's FROM
     * @param dueColumn     the document's due date, e.g. {@code i.DUE_DATE}
     * @param currencyColumn the document's currency, e.g. {@code i.CURRENCY}
     */
    public AgingQuery(LocalDate asOf, String currency, String partnerColumn, String dueColumn, String currencyColumn) {
        this.asOf = asOf;
        this.currency = currency;
        this.partnerColumn = partnerColumn;
        this.dueColumn = dueColumn;
        this.currencyColumn = currencyColumn;
        this.bounds = AgingBuckets.bounds(asOf);
    }

    /**
     * Adds one aggregate: per partner, {@code amount} summed for due dates on or after each bound, and in total.
     * {@code from} is a FROM clause with a WHERE condition ending in one parameter, bound to the as-of day
     * (e.g. {@code ... WHERE a.ALLOC_DATE <= ?}); {@code sign} is 1 for documents, -1 for what settles them.
     */
    public AgingQuery add(EntityManager em, String amount, String from, int sign) {
        StringBuilder sql = new StringBuilder("SELECT ").append(partnerColumn);
        for (int b = 0; b < bounds.length; b++) {
            sql.append(", SUM(CASE WHEN ").append(dueColumn).append(" >= ? THEN ").append(amount)
                    .append(" ELSE 0 END)");
        }
        sql.append(", SUM(").append(amount).append(") FROM ").append(from).append(" AND ").append(currencyColumn)
                .append(" = ? GROUP BY ").append(partnerColumn);
        Query query = em.createNativeQuery(sql.toString());
        int p = 1;
        for (LocalDate bound : bounds) {
            query.setParameter(p++, java.sql.Date.valueOf(bound));
        }
        query.setParameter(p++, java.sql.Date.valueOf(asOf));
        query.setParameter(p, currency);
        BigDecimal factor = BigDecimal.valueOf(sign);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            BigDecimal[] target = sums.computeIfAbsent((String) row[0], c -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            for (int i = 0; i < target.length; i++) {
                target[i] = target[i].add(decimal(row[i + 1]).multiply(factor));
            }
        }
        return this;
    }

    /** Partners with nothing open are left out; totals over the rest. */
    public AgingReport report() {
        List<AgingRow> items = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.minorDigits(currency));
        AgingRow totals = new AgingRow(null, zero, zero, zero, zero, zero, zero);
        for (Map.Entry<String, BigDecimal[]> partner : sums.entrySet()) {
            AgingRow row = display(AgingBuckets.row(partner.getKey(), partner.getValue()));
            if (Stream.of(row.current(), row.d1to30(), row.d31to60(), row.d61to90(), row.over90())
                    .allMatch(b -> b.signum() == 0)) {
                continue;
            }
            items.add(row);
            totals = AgingBuckets.add(totals, row);
        }
        return new AgingReport(asOf, currency, items, display(totals));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private AgingRow display(AgingRow row) {
        return new AgingRow(row.partner(), Money.display(row.current(), currency),
                Money.display(row.d1to30(), currency), Money.display(row.d31to60(), currency),
                Money.display(row.d61to90(), currency), Money.display(row.over90(), currency),
                Money.display(row.total(), currency));
    }
}
