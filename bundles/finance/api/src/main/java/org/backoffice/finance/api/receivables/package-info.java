/**
 * Receivables: customer invoices, credit notes, receipts and their allocations, customer credit.
 */
@Export
@Version("1.0.0")
package org.backoffice.finance.api.receivables;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
