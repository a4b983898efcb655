/**
 * The ${moduleName} module's contract: what other bundles (its REST and shell bundles, bridges) may use.
 * Versioned on its own: a new method in a provider type is a minor bump, a changed or removed one a major bump.
 */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
