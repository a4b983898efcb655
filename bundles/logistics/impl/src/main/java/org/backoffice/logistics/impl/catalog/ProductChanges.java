package org.backoffice.logistics.impl.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backoffice.logistics.api.LogisticsModule;
import org.backoffice.logistics.api.catalog.Product;
import org.backoffice.platform.api.audit.AuditedType;
import org.backoffice.platform.api.audit.ChangeSet;
import org.backoffice.platform.api.audit.FieldChange;

/** How a product is audited: field-by-field differences between two states, and what its events carry. */
final class ProductChanges implements AuditedType<Product> {

    private static final Product NONE = new Product(null, null, null, null, null, null, null, null, null, null, null);

    @Override
    public String module() {
        return LogisticsModule.ID;
    }

    @Override
    public String entity() {
        return LogisticsModule.ENTITY_PRODUCT;
    }

    @Override
    public String id(Product product) {
        return product.sku();
    }

    @Override
    public Long version(Product product) {
        return product.version();
    }

    @Override
    public List<FieldChange> changes(Product before, Product after) {
        Product from = before == null ? NONE : before;
        return new ChangeSet()
                .compare("sku", from.sku(), after.sku())
                .compare("name", from.name(), after.name())
                .compare("uom", from.uom(), after.uom())
                .compare("type", from.type(), after.type())
                .compare("gtin", from.gtin(), after.gtin())
                .compare("standardCost", from.standardCost(), after.standardCost())
                .compare("listPrice", from.listPrice(), after.listPrice())
                .compare("currency", from.currency(), after.currency())
                .compare("taxCode", from.taxCode(), after.taxCode())
                .compare("active", from.active(), after.active())
                .changes();
    }

    @Override
    public Map<String, Object> payload(Product product, List<FieldChange> changes) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("sku", product.sku());
        payload.put("name", product.name());
        payload.put("uom", product.uom());
        payload.put("type", product.type().name());
        payload.put("active", product.active());
        payload.put("changedFields", changes.stream().map(FieldChange::field).toList());
        return payload;
    }
}
