package cn.gov.disclosure.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Signs web pages in by their session cookie ({@link WebSessions}); a page asked for without a
 * session leads to the login page, which returns to it afterwards. Selected for {@code /ui} by
 * {@code quarkus.http.auth.permission.ui.auth-mechanism=session}; the API never accepts the cookie.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    /** The session cookie. */
    public static final String COOKIE = "disclosure-session";
    public static final String SCHEME = "session";
    public static final String LOGIN_PAGE = "/ui/login";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // A session that has ended signs nobody in: the visitor is anonymous and asked to sign in.
        return identities.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new SessionTokenRequest(cookie.getValue()), context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    /**
     * A relative address, so that a forged Host header can never send the browser elsewhere; the
     * page asked for travels encoded in {@code next} (only for GET: a form cannot be replayed).
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String login = LOGIN_PAGE;
        if (context.request().method() == HttpMethod.GET && !context.request().path().equals(LOGIN_PAGE)) {
            login += "?next=" + URLEncoder.encode(context.request().uri(), StandardCharsets.UTF_8);
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, login));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE, SCHEME));
    }
}
