package org.backoffice.platform.rest;

import java.security.Principal;
import java.util.Set;

import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.backoffice.platform.api.Roles;

/**
 * The request as Jersey sees it: the authenticated user and roles (so {@code @RolesAllowed} works, with {@code admin}
 * granting every role) and a body stream that stops at the size limit.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final String user;
    private final Set<String> roles;
    private final long maxBodyBytes;
    private ServletInputStream body;

    AuthenticatedRequest(HttpServletRequest request, String user, Set<String> roles, long maxBodyBytes) {
        super(request);
        this.user = user;
        this.roles = roles;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Principal getUserPrincipal() {
        return user == null ? null : () -> user;
    }

    @Override
    public String getRemoteUser() {
        return user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role) || roles.contains(Roles.ADMIN);
    }

    @Override
    public String getAuthType() {
        return user == null ? null : BASIC_AUTH;
    }

    @Override
    public ServletInputStream getInputStream() throws java.io.IOException {
        if (body == null) {
            body = new LimitedInputStream(super.getInputStream(), maxBodyBytes);
        }
        return body;
    }
}
