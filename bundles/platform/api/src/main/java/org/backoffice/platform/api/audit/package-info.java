/**
 * The audit trail: who changed what, written in the caller's own transaction and never updated or deleted.
 */
@Export
@Version("1.2.0")
package org.backoffice.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
