package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.purchasing.GoodsReceiptDraft;
import org.backoffice.logistics.api.purchasing.PurchaseOrderDraft;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.logistics.impl.catalog.UnitEntity;
import org.backoffice.platform.api.Money;
import org.backoffice.platform.api.error.Validator;

/** Checks of purchasing input that need no stored data. */
public final class PurchasingRules {

    public static final int SUPPLIER_LENGTH = 40;
    static final int MAX_LINES = 500;

    private PurchasingRules() {
    }

    static void checkShape(PurchaseOrderDraft draft) {
        Validator v = new Validator();
        v.requiredText("supplier", draft.supplier(), SUPPLIER_LENGTH);
        v.requiredText("warehouse", draft.warehouse(), Codes.WAREHOUSE_LENGTH);
        boolean currency = v.requiredText("currency", draft.currency(), 3) && v.currency("currency", draft.currency());
        if (v.notEmpty("lines", draft.lines())
                && v.check(draft.lines().size() <= MAX_LINES, "lines", "must be at most " + MAX_LINES)) {
            Map<String, Integer> firstLine = new HashMap<>();
            List<PurchaseOrderDraft.Line> lines = draft.lines();
            for (int i = 0; i < lines.size(); i++) {
                String at = "lines[" + i + "].";
                PurchaseOrderDraft.Line line = lines.get(i);
                if (line == null) {
                    v.reject("lines[" + i + "]", "is required");
                    continue;
                }
                if (v.requiredText(at + "sku", line.sku(), Codes.SKU_LENGTH)) {
                    Integer first = firstLine.putIfAbsent(line.sku(), i);
                    v.check(first == null, at + "sku", "'" + line.sku() + "' is already on lines[" + first
                            + "]; order each product on one line");
                }
                v.required(at + "quantity", line.quantity());
                v.optionalText(at + "unit", line.unit(), UnitEntity.CODE_LENGTH);
                if (v.required(at + "unitPrice", line.unitPrice()) && currency) {
                    v.nonNegativeDecimal(at + "unitPrice", line.unitPrice(), Money.minorDigits(draft.currency()));
                    v.check(line.unitPrice().compareTo(Quantities.LIMIT) < 0, at + "unitPrice",
                            "must be less than 10^15");
                }
            }
        }
        v.throwIfInvalid();
    }

    static void checkShape(GoodsReceiptDraft draft) {
        Validator v = new Validator();
        v.optionalText("reference", draft.reference(), 100);
        if (v.notEmpty("lines", draft.lines())
                && v.check(draft.lines().size() <= MAX_LINES, "lines", "must be at most " + MAX_LINES)) {
            for (int i = 0; i < draft.lines().size(); i++) {
                String at = "lines[" + i + "].";
                GoodsReceiptDraft.Line line = draft.lines().get(i);
                if (line == null) {
                    v.reject("lines[" + i + "]", "is required");
                    continue;
                }
                v.requiredText(at + "sku", line.sku(), Codes.SKU_LENGTH);
                v.required(at + "quantity", line.quantity());
                v.optionalText(at + "location", line.location(), Codes.LOCATION_LENGTH);
                v.optionalText(at + "unit", line.unit(), UnitEntity.CODE_LENGTH);
            }
        }
        v.throwIfInvalid();
    }

    /** The configured tolerance: a decimal from 0 to 100. */
    static BigDecimal tolerance(String configured) {
        try {
            BigDecimal percent = new BigDecimal(configured.trim());
            if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return percent;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new IllegalArgumentException(PurchasingConfig.PID + " overReceiptTolerancePercent must be a decimal "
                + "from 0 to 100, not '" + configured + "'");
    }
}
