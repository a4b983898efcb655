/**
 * Business errors thrown by services and answered by the REST layer as RFC 9457 problem details.
 */
@Export
@Version("2.0.0")
package org.backoffice.platform.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
