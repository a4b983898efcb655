/**
 * What invoices and bills share: tax codes and tax amounts, the line shapes, the document status and the aging
 * report of open items.
 */
@Export
@Version("1.0.0")
package org.backoffice.finance.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
