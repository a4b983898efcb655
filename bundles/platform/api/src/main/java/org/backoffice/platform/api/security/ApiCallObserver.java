package org.backoffice.platform.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/** Told of every answered API request (the access log, metrics). Called on the request thread: must not block. */
@ConsumerType
public interface ApiCallObserver {

    void completed(ApiCall call);
}
