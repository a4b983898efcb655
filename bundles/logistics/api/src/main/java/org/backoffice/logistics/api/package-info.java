/**
 * Logistics, module-wide names: module id, roles, event topics and audit entity names. The services and their
 * types live in the subdomain packages {@code catalog}, {@code warehouse}, {@code stock}, {@code purchasing} and
 * {@code sales}, each versioned on its own (2.0.0: every type but {@link LogisticsModule} moved there).
 */
@Export
@Version("2.1.0")
package org.backoffice.logistics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
