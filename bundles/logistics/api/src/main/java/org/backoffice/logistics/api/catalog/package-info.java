/**
 * Logistics catalog: Products (SKUs) with their unit of measure, type, GTIN, cost and list price. Other modules refer to a product by its SKU.
 */
@Export
@Version("1.0.0")
package org.backoffice.logistics.api.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
