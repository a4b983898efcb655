/**
 * Payables: supplier bills, supplier payments and their allocations, payment runs (pain.001).
 */
@Export
@Version("1.0.0")
package org.backoffice.finance.api.payables;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
