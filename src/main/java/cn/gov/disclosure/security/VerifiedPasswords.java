package cn.gov.disclosure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Checked when the user is unknown, so that an unknown name takes as long as a wrong password. */
    private final String unknownUserHash;

    VerifiedPasswords(@ConfigProperty(name = "disclosure.verified-password-ttl", defaultValue = "10M") Duration ttl,
            @ConfigProperty(name = "disclosure.password-hash-cost",
                    defaultValue = "" + AppUser.DEFAULT_HASH_COST) int cost) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttl.toNanos();
        this.unknownUserHash = BcryptUtil.bcryptHash(new String(secret, StandardCharsets.ISO_8859_1), cost);
    }

    /** Whether the password is the account's; false for an unknown account (null). */
    boolean matches(Account account, String password) {
        if (account == null) {
            BcryptUtil.matches(password, unknownUserHash);
            return false;
        }
        byte[] digest = digest(account.username(), password);
        Verified earlier = verified.get(account.username());
        if (earlier != null && earlier.passwordHash().equals(account.passwordHash())
                && System.nanoTime() - earlier.expiresAtNanos() < 0 && MessageDigest.isEqual(earlier.digest(), digest)) {
            return true;
        }
        if (!BcryptUtil.matches(password, account.passwordHash())) {
            return false;
        }
        if (ttlNanos > 0) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(account.username(), new Verified(account.passwordHash(), digest, System.nanoTime() + ttlNanos));
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
