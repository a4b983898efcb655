package org.backoffice.logistics.impl.purchasing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.backoffice.logistics.api.purchasing.GoodsReceiptDraft;
import org.backoffice.logistics.impl.Quantities;
import org.backoffice.platform.api.error.Validator;

/** What a goods receipt must respect against its purchase order, checked before anything is written. */
final class ReceiptRules {

    private ReceiptRules() {
    }

    /** Every line must name a product of the order with a valid quantity that fits the open quantity (+ tolerance). */
    static void checkQuantities(PurchaseOrderEntity order, GoodsReceiptDraft draft,
            Map<String, PurchaseOrderLineEntity> bySku, BigDecimal tolerance) {
        Validator v = new Validator();
        Map<String, BigDecimal> receiving = new HashMap<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            GoodsReceiptDraft.Line line = draft.lines().get(i);
            String at = "lines[" + i + "].";
            PurchaseOrderLineEntity orderLine = bySku.get(line.sku());
            if (orderLine == null) {
                v.reject(at + "sku", "product '" + line.sku() + "' is not on purchase order " + order.number());
                continue;
            }
            if (!Quantities.check(v, at + "quantity", line.quantity(), orderLine.uom(), false)) {
                continue;
            }
            BigDecimal total = receiving.merge(line.sku(), line.quantity(), BigDecimal::add);
            if (!ReceiptMath.fits(orderLine.quantity(), orderLine.received(), total, tolerance, orderLine.uom())) {
                BigDecimal open = Quantities.display(ReceiptMath.open(orderLine.quantity(), orderLine.received()),
                        orderLine.uom());
                v.reject(at + "quantity", "exceeds line " + orderLine.lineNo() + " of " + order.number() + " ("
                        + orderLine.sku() + "): " + open.toPlainString() + " " + orderLine.uom() + " open"
                        + (tolerance.signum() == 0 ? ""
                                : ", at most " + Quantities.display(ReceiptMath.receivable(orderLine.quantity(),
                                        tolerance, orderLine.uom()).subtract(orderLine.received()),
                                        orderLine.uom()).toPlainString() + " with the "
                                        + tolerance.stripTrailingZeros().toPlainString() + " % tolerance"));
            }
        }
        v.throwIfInvalid();
    }
}
