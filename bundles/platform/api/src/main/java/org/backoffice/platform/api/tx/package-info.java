/**
 * Group commit: one writer thread that runs the works its callers queue in shared transactions, so concurrent writers
 * that would queue behind each other's commit anyway share one commit (and one log force) instead.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.tx;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
