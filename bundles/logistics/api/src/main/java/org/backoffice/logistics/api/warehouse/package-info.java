/**
 * Logistics warehouse: Warehouses with their addresses and location trees (receiving, storage, shipping). Other modules refer to warehouses and locations by code.
 */
@Export
@Version("1.0.0")
package org.backoffice.logistics.api.warehouse;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
