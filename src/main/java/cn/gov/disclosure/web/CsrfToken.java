package cn.gov.disclosure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.disclosure.security.WebSessions;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The CSRF token every form of a signed-in page carries ({@code templates/web/csrf.html}): the
 * session's own, drawn when it opened and kept with it on the server, so that a token can be
 * neither chosen nor carried over from another session. {@link FormGuard} checks it.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    static final String FIELD = "csrf-token";

    @Inject
    SecurityIdentity identity;

    public String getParameterName() {
        return FIELD;
    }

    public String getToken() {
        String token = identity.getAttribute(WebSessions.CSRF_TOKEN);
        return token == null ? "" : token;
    }
}
