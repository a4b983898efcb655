/**
 * Logistics: products (SKUs), warehouses with their location trees, and stock that changes only through stock moves.
 * Purchasing with goods receipts, cycle counts, reorder rules with replenishment suggestions; sales orders reserve
 * stock, are picked and leave as shipments (1.1). Other modules refer to products by SKU and to warehouses and
 * locations by code.
 */
@Export
@Version("1.2.0")
package org.backoffice.logistics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
