/**
 * Health checks that modules contribute to {@code GET /api/admin/health}: each UP, WARN or DOWN with a reason.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
