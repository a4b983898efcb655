package org.backoffice.platform.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker under which JAX-RS resources are registered, e.g.
 * {@code @Component(service = RestResource.class, property = RestResource.PROPERTY)}. The platform's REST bundle
 * collects these services and serves them under {@code /api}.
 */
@ConsumerType
public interface RestResource {

    /** The JAX-RS whiteboard property, kept so a standard whiteboard can take over later. */
    String JAXRS_RESOURCE = "osgi.jaxrs.resource";

    /** The component property that marks a resource. */
    String PROPERTY = JAXRS_RESOURCE + "=true";
}
