package org.backoffice.logistics.api.catalog;

import java.math.BigDecimal;

/**
 * A product, addressed by its unique SKU.
 *
 * @param sku          1-40 letters, digits, '-', '_' or '.'; cannot change
 * @param uom          code of the {@link Unit} its quantities and stock are counted in; cannot change once it has
 *                     stock moves
 * @param gtin         optional GS1 trade item number (GTIN-8, -12, -13 or -14) with a valid check digit; unique
 * @param standardCost cost of one unit in {@code currency}, zero or more, at most the currency's decimals
 * @param listPrice    sales price of one unit in {@code currency}, same rules
 * @param currency     ISO 4217; required when a cost or price is given
 * @param taxCode      the finance tax code its sales and purchases are taxed at (e.g. {@code RED} for a reduced rate);
 *                     optional: invoices and bills drafted from shipments and receipts use it, else finance's default
 * @param active       inactive products take no receipts; {@code null} means true on create
 * @param version      optimistic lock; required on update, ignored on create
 */
public record Product(String sku, String name, String uom, ProductType type, String gtin,
        BigDecimal standardCost, BigDecimal listPrice, String currency, String taxCode, Boolean active, Long version) {
}
