package org.backoffice.platform.rest;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.servlet.ServletContainer;

/**
 * One initialised Jersey application for one set of resources. When the set changes a new generation replaces it;
 * the old one is destroyed only after its last in-flight request has finished, so nothing that was already being
 * answered fails during the swap.
 */
final class JerseyGeneration {

    private final ServletContainer container;
    private int active;
    private boolean retired;

    JerseyGeneration(ServletContainer container) {
        this.container = container;
    }

    /** Serves the request unless this generation was retired before the request could enter it. */
    boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        synchronized (this) {
            if (retired) {
                return false;
            }
            active++;
        }
        try {
            container.service(request, response);
            return true;
        } finally {
            boolean destroyNow;
            synchronized (this) {
                active--;
                destroyNow = retired && active == 0;
            }
            if (destroyNow) {
                container.destroy();
            }
        }
    }

    void retire() {
        boolean destroyNow;
        synchronized (this) {
            retired = true;
            destroyNow = active == 0;
        }
        if (destroyNow) {
            container.destroy();
        }
    }
}
