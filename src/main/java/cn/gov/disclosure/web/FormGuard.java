package cn.gov.disclosure.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import cn.gov.disclosure.security.SessionMechanism;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a form sent to the web application from anywhere but its own pages. Every request that
 * changes something ({@code POST} and the like) under {@code /ui} must come from this host (its
 * {@code Origin}, or {@code Referer} where a browser sends no Origin) and, once signed in, be a
 * form carrying the session's CSRF token ({@link CsrfToken}). The login form has a token of its own
 * ({@link SignInPage}). A refusal is a Chinese page, and nothing is carried out.
 */
public class FormGuard {

    private static final Logger LOG = Logger.getLogger(FormGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    CsrfToken csrf;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (SAFE_METHODS.contains(context.getMethod()) || !ErrorPage.isPage(request)) {
            return null;
        }
        if (!fromThisHost(request)) {
            return refuse("the form came from another site (Origin " + context.getHeaderString("Origin") + ")");
        }
        if (request.path().equals(SessionMechanism.LOGIN_PAGE)) {
            return null;
        }
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return refuse("not a form");
        }
        Object sent = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        String expected = csrf.getToken();
        if (!(sent instanceof String token) || expected.isEmpty() || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return refuse("no CSRF token of this session");
        }
        return null;
    }

    /**
     * The request's Origin (or, lacking it, its Referer) names this host; a client that sends
     * neither is no browser, and no other site's page.
     */
    public static boolean fromThisHost(HttpServerRequest request) {
        String source = request.getHeader("Origin");
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        try {
            String host = URI.create(source).getHost();
            return host != null && request.authority() != null && host.equalsIgnoreCase(request.authority().host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Response refuse(String why) {
        LOG.warnf("Refused a form: %s", why);
        return ErrorPage.of(403, "页面已失效或来源不明，未办理。请刷新页面后重新提交。");
    }
}
