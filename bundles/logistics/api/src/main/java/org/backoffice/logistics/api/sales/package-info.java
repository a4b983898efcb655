/**
 * Logistics sales: Sales orders that reserve stock, the pick lists that collect it and the shipments that take it out, with their printable documents.
 */
@Export
@Version("2.0.0")
package org.backoffice.logistics.api.sales;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
