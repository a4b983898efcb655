package org.backoffice.finance.api.receivables;

import java.math.BigDecimal;
import java.util.List;

/** Unallocated receipt amounts of a customer, per currency, with the receipts that carry them. */
public record CustomerCredit(String customer, List<Amount> credit, List<Receipt> receipts) {

    public record Amount(String currency, BigDecimal amount) {
    }
}
