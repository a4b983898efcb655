/**
 * Logistics catalog: Units of measure (master data), products (SKUs) with their unit and per-product unit conversions, type, GTIN, cost and list price. Other modules refer to a product by its SKU.
 */
@Export
@Version("2.0.0")
package org.backoffice.logistics.api.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
