/**
 * The REST whiteboard contract: resources register as {@link RestResource} services with
 * {@code osgi.jaxrs.resource=true} and appear under {@code /api} while their bundle is active.
 */
@Export
@Version("1.1.0")
package org.backoffice.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
