/**
 * Platform contracts shared by every Backoffice module: the module descriptor, paging, the current actor, money,
 * postal addresses and bank identifiers.
 */
@Export
@Version("1.3.0")
package org.backoffice.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
