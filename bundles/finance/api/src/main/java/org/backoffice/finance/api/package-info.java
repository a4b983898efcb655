/**
 * What the whole finance module shares: its descriptor constants ({@link org.backoffice.finance.api.FinanceModule}).
 * The services and records live in one package per subdomain: {@code ledger}, {@code receivables}, {@code payables},
 * {@code dunning}, {@code bank} and {@code document} (what invoices and bills share).
 * 2.0: the types of 1.4 moved into the subdomain packages.
 */
@Export
@Version("2.0.0")
package org.backoffice.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
