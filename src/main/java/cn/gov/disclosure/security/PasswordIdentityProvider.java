package cn.gov.disclosure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a user name and password: HTTP Basic on every API request, and the web login form. A
 * password remembered as right is let through at once; any other goes through the throttle first
 * and then bcrypt, and a wrong one is counted and logged (the name and address, never the password).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    VerifiedPasswords passwords;

    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getUsername();
            String password = new String(request.getPassword().getPassword());
            Account account = AppUser.couldBeAUsername(username) ? Account.find(username).orElse(null) : null;
            if (passwords.remembered(account, password)) {
                return account.identity();
            }
            String address = clientAddress(request);
            throttle.check(username, address);
            if (!passwords.verify(account, password)) {
                throttle.failed(username, address);
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(username);
            return account.identity();
        });
    }

    /** The client's address as the HTTP layer sees it (a trusted proxy's forwarded address included). */
    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
