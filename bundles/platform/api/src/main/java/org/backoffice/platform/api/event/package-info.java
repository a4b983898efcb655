/**
 * The event log: business events appended in the caller's transaction and delivered at least once, in order, to
 * every subscriber, each with its own position.
 */
@Export
@Version("1.1.0")
package org.backoffice.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
