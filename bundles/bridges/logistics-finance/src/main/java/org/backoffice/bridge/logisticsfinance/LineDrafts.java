package org.backoffice.bridge.logisticsfinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.backoffice.finance.api.document.InvoiceLineDraft;

/**
 * Document lines of a logistics payload's {@code lines} [{@code sku}, {@code quantity}, {@code unitPrice}, optional
 * {@code name}]: the SKU and product name as description, the quantity and unit price as they are, the product's tax
 * code (else the configured one), and no account (finance's default sales or purchases account).
 */
final class LineDrafts {

    private LineDrafts() {
    }

    /**
     * @param taxCode      the tax code of a line whose product has none of its own
     * @param productNames the current name and tax code of a SKU when the logistics product master can tell them (the
     *                     payloads carry SKUs only, unless a publisher adds {@code name} to its lines)
     */
    static List<InvoiceLineDraft> of(Payload payload, String taxCode,
            Function<String, Optional<ProductNames.Facts>> productNames) {
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (Payload line : payload.list("lines")) {
            String sku = line.text("sku");
            Optional<ProductNames.Facts> product = productNames.apply(sku);
            String name = Optional.ofNullable(line.optionalText("name"))
                    .or(() -> product.map(ProductNames.Facts::name)).orElse(null);
            String lineTaxCode = product.map(ProductNames.Facts::taxCode).orElse(taxCode);
            lines.add(new InvoiceLineDraft(name == null ? sku : sku + " " + name, line.decimal("quantity"),
                    line.decimal("unitPrice"), lineTaxCode, null));
        }
        return lines;
    }
}
