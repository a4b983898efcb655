/**
 * Platform contracts shared by every Backoffice module: the module descriptor, paging and the current actor.
 */
@Export
@Version("1.1.0")
package org.backoffice.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
