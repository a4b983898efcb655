package org.backoffice.platform.rest;

import java.io.IOException;

/** Thrown by the request stream once a body passes the configured limit. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
