package cn.gov.disclosure.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Slows down password guessing. Failures are counted per user name and per client address in the
 * database, so every instance sees the same counts. A key that reaches its limit is locked for
 * {@code lock}, doubling with each further failure up to {@code max-lock}; while it is locked no
 * password is checked at all, the right one included. Failures older than {@code failure-memory}
 * start the count afresh, and a right password clears the user's count (not the address's, which
 * an attacker could otherwise reset with an account of their own).
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);
    /** How much of a name a log line shows. */
    private static final int MAX_USERNAME = 64;

    private final EntityManager entities;
    private final int userFailures;
    private final int addressFailures;
    private final Duration lock;
    private final Duration maxLock;
    private final Duration failureMemory;

    SignInThrottle(EntityManager entities,
            @ConfigProperty(name = "disclosure.sign-in.user-failures") int userFailures,
            @ConfigProperty(name = "disclosure.sign-in.address-failures") int addressFailures,
            @ConfigProperty(name = "disclosure.sign-in.lock") Duration lock,
            @ConfigProperty(name = "disclosure.sign-in.max-lock") Duration maxLock,
            @ConfigProperty(name = "disclosure.sign-in.failure-memory") Duration failureMemory) {
        this.entities = entities;
        this.userFailures = userFailures;
        this.addressFailures = addressFailures;
        this.lock = lock;
        this.maxLock = maxLock;
        this.failureMemory = failureMemory;
    }

    /** Refuses while the user name or the address is locked. */
    void check(String username, String address) {
        List<String> keys = keys(username, address);
        long wait = QuarkusTransaction.joiningExisting().call(() -> ((Number) entities.createNativeQuery("""
                select coalesce(max(ceil(extract(epoch from locked_until - now()))), 0) from sign_in_failure
                where key in (:keys) and locked_until > now()""").setParameter("keys", keys).getSingleResult())
                .longValue());
        if (wait > 0) {
            LOG.warnf("Sign-in refused for user '%s' from %s: locked for %d s after repeated failures",
                    printable(username), address, wait);
            throw new SignInThrottledException(wait).failure();
        }
    }

    /** Counts a wrong password against the user name and the address, in a transaction of its own. */
    void failed(String username, String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("delete from sign_in_failure where last_failure_at < now() - make_interval(secs => :memory)"
                    + " and (locked_until is null or locked_until < now())")
                    .setParameter("memory", failureMemory.toSeconds()).executeUpdate();
            List<String> keys = keys(username, address);
            int userCount = 0;
            for (String key : keys) {
                int failures = ((Number) entities.createNativeQuery("""
                        insert into sign_in_failure as f (key, failures, last_failure_at) values (:key, 1, now())
                        on conflict (key) do update set last_failure_at = now(), failures =
                            case when f.last_failure_at < now() - make_interval(secs => :memory) then 1 else f.failures + 1 end
                        returning failures""").setParameter("key", key).setParameter("memory", failureMemory.toSeconds())
                        .getSingleResult()).intValue();
                int limit = key.startsWith("user:") ? userFailures : addressFailures;
                if (key.startsWith("user:")) {
                    userCount = failures;
                }
                if (failures >= limit) {
                    entities.createNativeQuery("update sign_in_failure set locked_until = now() + make_interval(secs => :lock)"
                            + " where key = :key").setParameter("key", key)
                            .setParameter("lock", lockFor(failures - limit).toSeconds()).executeUpdate();
                }
            }
            LOG.warnf("Sign-in failed for user '%s' from %s (%d failures in a row for this name)", printable(username),
                    address, userCount);
        });
    }

    /** A right password: the user's failures are forgotten. */
    void succeeded(String username) {
        if (AppUser.couldBeAUsername(username)) {
            QuarkusTransaction.requiringNew().run(() -> entities
                    .createNativeQuery("delete from sign_in_failure where key = :key")
                    .setParameter("key", "user:" + username).executeUpdate());
        }
    }

    /** {@code lock} doubled for each failure past the limit, at most {@code max-lock}. */
    Duration lockFor(int failuresPastLimit) {
        Duration wait = lock;
        for (int i = 0; i < failuresPastLimit && wait.compareTo(maxLock) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxLock) > 0 ? maxLock : wait;
    }

    private static List<String> keys(String username, String address) {
        List<String> keys = new ArrayList<>(2);
        // A name that can be no user's is counted on its address alone.
        if (AppUser.couldBeAUsername(username)) {
            keys.add("user:" + username);
        }
        keys.add("address:" + address);
        return keys;
    }

    /** The name as typed, safe for a log line: no line breaks or other control characters, bounded. */
    static String printable(String username) {
        String shown = username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) + "…" : username;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
