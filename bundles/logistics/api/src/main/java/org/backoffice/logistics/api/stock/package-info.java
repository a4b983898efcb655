/**
 * Logistics stock: Stock that changes only through stock moves: levels, the move ledger, cycle counts, and reorder rules with the replenishment suggestions computed from them.
 */
@Export
@Version("2.0.0")
package org.backoffice.logistics.api.stock;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
