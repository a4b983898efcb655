package org.backoffice.logistics.impl.stock;

import org.backoffice.logistics.api.stock.MoveType;
import org.backoffice.logistics.api.stock.StockMoveDraft;
import org.backoffice.logistics.impl.Codes;
import org.backoffice.platform.api.error.Validator;

/** Checks of a stock move that need no stored data; the rest (existence, units, stock) is checked in its transaction. */
final class MoveRules {

    private MoveRules() {
    }

    static void checkShape(StockMoveDraft draft) {
        Validator v = new Validator();
        v.required("type", draft.type());
        v.requiredText("sku", draft.sku(), Codes.SKU_LENGTH);
        v.required("quantity", draft.quantity());
        v.requiredText("warehouse", draft.warehouse(), Codes.WAREHOUSE_LENGTH);
        v.optionalText("location", draft.location(), Codes.LOCATION_LENGTH);
        if (draft.type() != MoveType.TRANSFER) {
            v.check(draft.toWarehouse() == null, "toWarehouse", "is only for TRANSFER moves");
            v.check(draft.toLocation() == null, "toLocation", "is only for TRANSFER moves");
        } else {
            v.optionalText("toWarehouse", draft.toWarehouse(), Codes.WAREHOUSE_LENGTH);
            v.optionalText("toLocation", draft.toLocation(), Codes.LOCATION_LENGTH);
        }
        if (draft.type() == MoveType.ADJUSTMENT) {
            v.requiredText("reason", draft.reason(), 200);
        } else {
            v.optionalText("reason", draft.reason(), 200);
        }
        v.optionalText("reference", draft.reference(), 100);
        v.throwIfInvalid();
    }
}
