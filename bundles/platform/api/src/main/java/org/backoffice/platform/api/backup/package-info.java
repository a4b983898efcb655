/**
 * Online backups of the database with a manifest, verified by booting the copy.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.backup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
