package org.backoffice.finance.api.document;

import java.math.BigDecimal;

/**
 * A sales/purchase tax rate and the accounts its tax is posted to.
 *
 * @param rate          percent, e.g. {@code 19.00}; 0 to 100 with at most 4 decimals
 * @param outputAccount tax on sales (customer invoices) is credited here
 * @param inputAccount  tax on purchases is debited here
 * @param active        inactive codes stay for history but take no new lines; {@code null} means true on create
 * @param version       optimistic lock; required on update, ignored on create
 */
public record TaxCode(String code, String name, BigDecimal rate, String outputAccount, String inputAccount,
        Boolean active, Long version) {
}
