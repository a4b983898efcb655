/**
 * Logistics: products (SKUs), warehouses with their location trees, and stock that changes only through stock moves.
 * Other modules refer to products by SKU and to warehouses and locations by code.
 */
@Export
@Version("1.0.0")
package org.backoffice.logistics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
