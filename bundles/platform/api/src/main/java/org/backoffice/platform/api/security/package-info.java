/**
 * API keys, the login throttle (lockout after repeated failures) and the access log of API calls.
 */
@Export
@Version("1.0.0")
package org.backoffice.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
