package org.backoffice.bridge.logisticsfinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.document.InvoiceLineDraft;

/**
 * Document lines of a logistics payload's {@code lines} [{@code sku}, {@code quantity}, {@code unitPrice}, optional
 * {@code name}]: the SKU and product name as description, the quantity and unit price as they are, one tax code, and
 * no account (finance's default sales or purchases account).
 */
final class LineDrafts {

    private LineDrafts() {
    }

    /**
     * @param productNames the current name of a SKU when the logistics product master can tell it (the payloads carry
     *                     SKUs only, unless a publisher adds {@code name} to its lines)
     */
    static List<InvoiceLineDraft> of(Payload payload, String taxCode,
            Function<String, Optional<String>> productNames) {
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (Payload line : payload.list("lines")) {
            String sku = line.text("sku");
            String name = Optional.ofNullable(line.optionalText("name")).or(() -> productNames.apply(sku))
                    .orElse(null);
            lines.add(new InvoiceLineDraft(name == null ? sku : sku + " " + name, line.decimal("quantity"),
                    line.decimal("unitPrice"), taxCode, null));
        }
        return lines;
    }
}
