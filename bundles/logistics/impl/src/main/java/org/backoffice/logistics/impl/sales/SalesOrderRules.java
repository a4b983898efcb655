package org.backoffice.logistics.impl.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.backoffice.logistics.api.sales.SalesOrderDraft;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.ProductEntity;
import org.backoffice.logistics.impl.catalog.UnitConversions;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.partners.api.PartnerService;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.Validator;

/** What a sales order draft must satisfy, before the transaction (its shape) and against the stored products. */
final class SalesOrderRules {

    private SalesOrderRules() {
    }

    /**
     * Every field error of the draft in one 422; the customer is checked against the partners directory when
     * {@code partners} is not null (the module is installed).
     */
    static void checkShape(SalesOrderDraft draft, PartnerService partners) {
        Validator v = new Validator();
        if (draft == null) {
            v.reject("order", "is required").throwIfInvalid();
        }
        if (Codes.check(v, "customer", draft.customer(), 40)) {
            CustomerRules.check(v, "customer", draft.customer(), partners);
        }
        v.requiredText("warehouse", draft.warehouse(), Codes.WAREHOUSE_LENGTH);
        v.required("requestedDate", draft.requestedDate());
        boolean currency = v.requiredText("currency", draft.currency(), 3) && v.currency("currency", draft.currency());
        if (v.notEmpty("lines", draft.lines())) {
            v.check(draft.lines().size() <= 500, "lines", "must be at most 500");
            for (int i = 0; i < draft.lines().size(); i++) {
                SalesOrderDraft.Line line = draft.lines().get(i);
                String field = "lines[" + i + "].";
                if (line == null) {
                    v.reject("lines[" + i + "]", "is required");
                    continue;
                }
                v.requiredText(field + "sku", line.sku(), Codes.SKU_LENGTH);
                v.required(field + "quantity", line.quantity());
                v.optionalText(field + "unit", line.unit(), UnitEntity.CODE_LENGTH);
                if (v.required(field + "unitPrice", line.unitPrice()) && currency) {
                    v.nonNegativeDecimal(field + "unitPrice", line.unitPrice(), Money.minorDigits(draft.currency()));
                    v.check(line.unitPrice().compareTo(Quantities.LIMIT) < 0, field + "unitPrice",
                            "must be less than 10^15");
                }
            }
        }
        v.throwIfInvalid();
    }

    /**
     * Each line's product (null: not found) must exist, be active and take the line's quantity in its unit (or in
     * the line's {@code unit}, converted); returns each line converted to its product's unit (null where it failed).
     */
    static List<UnitConversions.Converted> checkProducts(EntityManager em, Validator v, SalesOrderDraft draft,
            List<ProductEntity> products) {
        List<UnitConversions.Converted> sold = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            SalesOrderDraft.Line line = draft.lines().get(i);
            String field = "lines[" + i + "].";
            ProductEntity product = products.get(i);
            UnitConversions.Converted converted = null;
            if (product == null) {
                v.reject(field + "sku", "product '" + line.sku() + "' does not exist");
            } else if (!product.active()) {
                v.reject(field + "sku", "product '" + line.sku() + "' is inactive");
            } else {
                converted = UnitConversions.convert(em, v, field, product, line.unit(), line.quantity());
            }
            sold.add(converted);
        }
        return sold;
    }
}
