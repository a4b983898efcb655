package org.backoffice.logistics.impl.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.Validator;

/** The rules a product must satisfy, checked on every create and update whatever the caller (REST, shell, Java). */
final class ProductRules {

    private static final Pattern TAX_CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    private ProductRules() {
    }

    static void check(Product product, boolean creating) {
        Validator v = new Validator();
        if (creating) {
            Codes.check(v, "sku", product.sku(), Codes.SKU_LENGTH);
        }
        v.requiredText("name", product.name(), 200);
        v.required("uom", product.uom());
        v.required("type", product.type());
        if (product.gtin() != null) {
            String problem = Gtin.problem(product.gtin());
            v.check(problem == null, "gtin", problem);
        }
        boolean priced = product.standardCost() != null || product.listPrice() != null;
        if (priced && v.required("currency", product.currency())) {
            v.currency("currency", product.currency());
        } else if (!priced) {
            v.currency("currency", product.currency());
        }
        if (product.taxCode() != null) {
            v.matches("taxCode", product.taxCode(), TAX_CODE, "must be a finance tax code: letters, digits, '.', '_'"
                    + " or '-' (at most 20)");
        }
        int decimals = Money.minorDigits(product.currency());
        money(v, "standardCost", product.standardCost(), decimals);
        money(v, "listPrice", product.listPrice(), decimals);
        v.throwIfInvalid();
    }

    private static void money(Validator v, String field, BigDecimal amount, int decimals) {
        if (v.nonNegativeDecimal(field, amount, decimals) && amount != null) {
            v.check(amount.compareTo(Quantities.LIMIT) < 0, field, "must be less than 10^15");
        }
    }
}
