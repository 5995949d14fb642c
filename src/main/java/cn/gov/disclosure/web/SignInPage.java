package cn.gov.disclosure.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.disclosure.security.SessionMechanism;
import cn.gov.disclosure.security.SignInThrottledException;
import cn.gov.disclosure.security.WebSessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in and out of the web application. The login form carries a token that only this page
 * gives out, bound to a cookie of its own, so that no other site can sign a browser in to an
 * account of its choosing; a right password opens a session ({@link WebSessions}) and leads back to
 * the page first asked for. Signing out ends the session on the server, not only in the browser.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    static final String LOGIN_COOKIE = "disclosure-login";
    static final String LOGIN_TOKEN = "login-token";
    private static final String HOME = "/ui";
    /** A page of this application to return to: a path under /ui, never another host. */
    private static final Pattern RETURN_PATH = Pattern.compile("/ui(?:[/?][^\\\\\\p{Cntrl}]*)?");

    @CheckedTemplate(basePath = "web")
    static class Templates {

        /** {@code next}: the page to return to after signing in, or null. */
        static native TemplateInstance login(String message, String token, String next);
    }

    @Inject
    IdentityProviderManager identities;

    @Inject
    WebSessions sessions;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    @GET
    @Path("login")
    public Response loginPage(@QueryParam("next") String next) {
        return loginPage(200, null, next, loginCookie());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next,
            @RestForm(LOGIN_TOKEN) String formToken) {
        String cookieToken = loginCookie();
        if (cookieToken == null || formToken == null || !MessageDigest.isEqual(
                cookieToken.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8))) {
            return loginPage(403, "登录页面已失效，请重新输入用户名和密码。", next, null);
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return loginPage(400, "请输入用户名和密码。", next, cookieToken);
        }
        SecurityIdentity signedIn;
        try {
            signedIn = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray())),
                    routing));
        } catch (AuthenticationFailedException e) {
            return SignInThrottledException.in(e).map(throttled -> Response.fromResponse(loginPage(429,
                    "登录失败次数过多，请在" + (throttled.retryAfterSeconds() + 59) / 60 + "分钟后再试。", next, cookieToken))
                    .header("Retry-After", throttled.retryAfterSeconds()).build())
                    .orElseGet(() -> loginPage(401, "用户名或密码错误，请重新输入。", next, cookieToken));
        }
        String session = sessions.open(signedIn.getPrincipal().getName());
        String returnTo = pageOfThisApplication(next);
        return Response.seeOther(URI.create(returnTo == null ? HOME : returnTo))
                .cookie(cookie(SessionMechanism.COOKIE, session, "/"), expired(LOGIN_COOKIE, SessionMechanism.LOGIN_PAGE))
                .build();
    }

    /** Ends the session; a form with the session's CSRF token, so no other site can sign one out. */
    @POST
    @Path("logout")
    @Authenticated
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response signOut() {
        sessions.close(identity);
        return Response.seeOther(URI.create(SessionMechanism.LOGIN_PAGE))
                .cookie(expired(SessionMechanism.COOKIE, "/")).build();
    }

    private Response loginPage(int status, String message, String next, String loginToken) {
        String token = loginToken == null || loginToken.isEmpty() ? WebSessions.randomToken() : loginToken;
        String page = Templates.login(message, token, pageOfThisApplication(next)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page)
                .cookie(cookie(LOGIN_COOKIE, token, SessionMechanism.LOGIN_PAGE)).build();
    }

    private String loginCookie() {
        Cookie cookie = routing.request().getCookie(LOGIN_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** The page to return to after signing in, if {@code next} names one of this application; else null. */
    private static String pageOfThisApplication(String next) {
        return next != null && RETURN_PATH.matcher(next).matches() ? next : null;
    }

    /**
     * HttpOnly and SameSite=Strict always; Secure whenever the browser came over HTTPS (as a
     * trusted proxy reports it), so the cookie never travels in the clear after that.
     */
    private NewCookie cookie(String name, String value, String path) {
        return new NewCookie.Builder(name).value(value).path(path).httpOnly(true)
                .secure("https".equals(routing.request().scheme())).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private NewCookie expired(String name, String path) {
        return new NewCookie.Builder(cookie(name, "", path)).maxAge(0).build();
    }
}
