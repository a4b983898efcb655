/**
 * Mapping helpers shared by the modules' persistence units.
 */
@Export
@Version("1.3.0")
package org.backoffice.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
