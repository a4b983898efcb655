/**
 * Logistics purchasing: Purchase orders and the goods receipts that book them into stock.
 */
@Export
@Version("2.0.0")
package org.backoffice.logistics.api.purchasing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
