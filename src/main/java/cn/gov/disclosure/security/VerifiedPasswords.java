package cn.gov.disclosure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Password checks without paying bcrypt on every request. bcrypt is slow on purpose (about 100 ms
 * at cost 10 on a 2-core server), and HTTP Basic sends the password with every request, which
 * capped a whole instance at about 19 requests a second.
 *
 * <p>After a password passes bcrypt, this remembers for a while a keyed digest of it (HMAC-SHA256
 * under a key drawn at start and never stored) together with the stored hash it matched. A later
 * request with the same password and the same stored hash is let through on the digest alone. A
 * changed password changes the stored hash, so the memory stops matching at once, on every
 * instance; a wrong password always goes through bcrypt, so guessing stays as slow as ever.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** Memory is bounded; when full it is emptied, which costs each active user one bcrypt check. */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String passwordHash, byte[] digest, long expiresAtNanos) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlNanos;
    private final Semaphore checks;
    private final Duration checkWait;
    /** Checked when the user is unknown, so that an unknown name takes as long as a wrong password. */
    private final String unknownUserHash;

    VerifiedPasswords(@ConfigProperty(name = "disclosure.verified-password-ttl", defaultValue = "10M") Duration ttl,
            @ConfigProperty(name = "disclosure.password-hash-cost",
                    defaultValue = "" + AppUser.DEFAULT_HASH_COST) int cost,
            @ConfigProperty(name = "disclosure.sign-in.concurrent-password-checks") Optional<Integer> concurrentChecks,
            @ConfigProperty(name = "disclosure.sign-in.password-check-wait", defaultValue = "2S") Duration checkWait) {
        // One bcrypt check per core by default: more only queue for the same cores.
        this.checks = new Semaphore(concurrentChecks.orElse(Runtime.getRuntime().availableProcessors()));
        this.checkWait = checkWait;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttl.toNanos();
        this.unknownUserHash = BcryptUtil.bcryptHash(new String(secret, StandardCharsets.ISO_8859_1), cost);
    }

    /** Whether this password passed bcrypt for this account a short while ago (and its hash is unchanged). */
    boolean remembered(Account account, String password) {
        if (account == null) {
            return false;
        }
        Verified earlier = verified.get(account.username());
        return earlier != null && earlier.passwordHash().equals(account.passwordHash())
                && System.nanoTime() - earlier.expiresAtNanos() < 0
                && MessageDigest.isEqual(earlier.digest(), digest(account.username(), password));
    }

    /**
     * Checks the password with bcrypt and remembers it if it is right; false for an unknown
     * account (null). At most {@code concurrent-password-checks} run at once, so that a flood of
     * guesses cannot take every core from the requests of people already signed in; a check that
     * finds no free slot within {@code password-check-wait} is refused as throttled.
     */
    boolean verify(Account account, String password) {
        try {
            if (!checks.tryAcquire(checkWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SignInThrottledException(1).failure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInThrottledException(1).failure();
        }
        try {
            if (account == null) {
                BcryptUtil.matches(password, unknownUserHash);
                return false;
            }
            if (!BcryptUtil.matches(password, account.passwordHash())) {
                return false;
            }
        } finally {
            checks.release();
        }
        if (ttlNanos > 0) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(account.username(), new Verified(account.passwordHash(), digest(account.username(), password),
                    System.nanoTime() + ttlNanos));
        }
        return true;
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // The name is part of the digest, so one user's entry can never vouch for another.
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
