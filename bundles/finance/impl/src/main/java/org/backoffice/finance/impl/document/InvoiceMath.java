package org.backoffice.finance.impl.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backoffice.finance.api.document.InvoiceLine;
import org.backoffice.finance.api.document.TaxAmount;
import org.backoffice.platform.api.Money;

/**
 * Invoice arithmetic. Every rounding is HALF_UP (commercial rounding, what customers check with a calculator) to the
 * currency's minor unit: a line's net is quantity × unit price rounded once; tax is computed per tax code on the
 * document's summed net of that code and rounded once per document, so lines with the same code never drift apart
 * from the tax on their sum.
 */
public final class InvoiceMath {

    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A document's totals. */
    public record Totals(List<TaxAmount> taxes, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    private InvoiceMath() {
    }

    public static BigDecimal lineNet(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return quantity.multiply(unitPrice).setScale(Money.minorDigits(currency), ROUNDING);
    }

    public static Totals totals(List<InvoiceLine> lines, String currency) {
        int digits = Money.minorDigits(currency);
        Map<String, BigDecimal> bases = new TreeMap<>();
        Map<String, BigDecimal> rates = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO.setScale(digits);
        for (InvoiceLine line : lines) {
            bases.merge(line.taxCode(), line.net(), BigDecimal::add);
            rates.putIfAbsent(line.taxCode(), line.taxRate());
            net = net.add(line.net());
        }
        List<TaxAmount> taxes = new ArrayList<>();
        BigDecimal tax = BigDecimal.ZERO.setScale(digits);
        for (Map.Entry<String, BigDecimal> base : bases.entrySet()) {
            BigDecimal rate = rates.get(base.getKey());
            BigDecimal amount = base.getValue().multiply(rate).divide(HUNDRED).setScale(digits, ROUNDING);
            taxes.add(new TaxAmount(base.getKey(), rate.stripTrailingZeros(), base.getValue(), amount));
            tax = tax.add(amount);
        }
        return new Totals(taxes, net, tax, net.add(tax));
    }
}
