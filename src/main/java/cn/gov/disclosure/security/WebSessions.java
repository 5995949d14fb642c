package cn.gov.disclosure.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.disclosure.common.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Web sessions kept in the database ({@code web_session}). The browser holds a random token; the
 * table holds its SHA-256, the user, a fingerprint of what the user was when the session opened,
 * and the session's CSRF token. A session ends when its user signs out, after {@code session-timeout}
 * without a request, after {@code session-lifetime} in any case, and as soon as the user's password,
 * roles, agency or department differ from the fingerprint, whoever changed them, on every instance.
 */
@ApplicationScoped
public class WebSessions {

    /** The {@link SecurityIdentity} attribute holding the session's CSRF token. */
    public static final String CSRF_TOKEN = "disclosure.csrf-token";
    /** The {@link SecurityIdentity} attribute holding the session's token, for signing out. */
    static final String SESSION_TOKEN = "disclosure.session-token";
    /** The last request is written down at most this often, not on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entities;
    private final Duration timeout;
    private final Duration lifetime;

    WebSessions(EntityManager entities,
            @ConfigProperty(name = "disclosure.web.session-timeout", defaultValue = "30M") Duration timeout,
            @ConfigProperty(name = "disclosure.web.session-lifetime", defaultValue = "12H") Duration lifetime) {
        this.entities = entities;
        this.timeout = timeout;
        this.lifetime = lifetime;
    }

    /** Opens a session for a user whose password was just checked; returns the browser's token. */
    public String open(String username) {
        String token = randomToken();
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByUsername(username).orElseThrow();
            entities.createNativeQuery("delete from web_session where last_seen_at < now() - make_interval(secs => :timeout)"
                    + " or created_at < now() - make_interval(secs => :lifetime)")
                    .setParameter("timeout", timeout.toSeconds()).setParameter("lifetime", lifetime.toSeconds())
                    .executeUpdate();
            entities.createNativeQuery("insert into web_session (token_hash, username, fingerprint, csrf_token, created_at,"
                    + " last_seen_at) values (:hash, :username, :fingerprint, :csrf, now(), now())")
                    .setParameter("hash", Sha256.of(token)).setParameter("username", username)
                    .setParameter("fingerprint", fingerprint(user.passwordHash, user.roles, user.agencyCode,
                            user.departmentId))
                    .setParameter("csrf", randomToken()).executeUpdate();
        });
        return token;
    }

    /** The signed-in user of a session token; empty once the session has ended for any reason. */
    Optional<SecurityIdentity> identify(String token) {
        byte[] hash = Sha256.of(token);
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("""
                    select s.fingerprint, s.csrf_token, s.last_seen_at < now() - make_interval(secs => :touch),
                           u.username, u.password_hash, u.roles, u.agency_code, u.department_id
                    from web_session s join app_user u on u.username = s.username
                    where s.token_hash = :hash
                      and s.last_seen_at > now() - make_interval(secs => :timeout)
                      and s.created_at > now() - make_interval(secs => :lifetime)""")
                    .setParameter("hash", hash).setParameter("touch", TOUCH_INTERVAL.toSeconds())
                    .setParameter("timeout", timeout.toSeconds()).setParameter("lifetime", lifetime.toSeconds())
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = rows.get(0);
            String roles = (String) row[5];
            Long department = row[7] == null ? null : ((Number) row[7]).longValue();
            if (!MessageDigest.isEqual((byte[]) row[0], fingerprint((String) row[4], roles, (String) row[6], department))) {
                close(token);
                return Optional.empty();
            }
            if ((Boolean) row[2]) {
                entities.createNativeQuery("update web_session set last_seen_at = now() where token_hash = :hash")
                        .setParameter("hash", hash).executeUpdate();
            }
            return Optional.of(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal((String) row[3]))
                    .addRoles(AppUser.roleSet(roles)).addAttribute(CSRF_TOKEN, row[1])
                    .addAttribute(SESSION_TOKEN, token)
                    .addAttribute(UserScope.ATTRIBUTE, new UserScope((String) row[6], department)).build());
        });
    }

    /** Ends the session of this identity (signing out). */
    public void close(SecurityIdentity identity) {
        String token = identity.getAttribute(SESSION_TOKEN);
        if (token != null) {
            close(token);
        }
    }

    private void close(String token) {
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("delete from web_session where token_hash = :hash")
                .setParameter("hash", Sha256.of(token)).executeUpdate());
    }

    /** 256 random bits, URL-safe. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] fingerprint(String passwordHash, String roles, String agency, Long department) {
        return Sha256.of(String.join("\u0000", passwordHash, roles, String.valueOf(agency), String.valueOf(department)));
    }
}
