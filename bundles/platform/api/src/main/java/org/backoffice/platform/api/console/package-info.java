/**
 * The web console's contracts: each module's console bundle registers a {@link ConsoleContribution} (its pages, the
 * roles that see them, its scripts and messages), and the console's sessions are offered to the REST API as
 * {@link ConsoleSessions}.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
