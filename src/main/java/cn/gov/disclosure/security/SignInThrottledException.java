package cn.gov.disclosure.security;

import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a sign-in was refused without looking at the password: the user name or the client address
 * failed too often of late, or too many passwords are being checked at once. It travels as the
 * cause of an {@link AuthenticationFailedException} (which the security layer expects, and which is
 * final); the API answers 429 with {@code Retry-After}, the login page says when to try again.
 */
public class SignInThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("Too many sign-in attempts", null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** The failure the security layer is given. */
    AuthenticationFailedException failure() {
        return new AuthenticationFailedException(this);
    }

    /** The throttling behind a failed sign-in, if that was the reason. */
    public static Optional<SignInThrottledException> in(AuthenticationFailedException failure) {
        return failure.getCause() instanceof SignInThrottledException t ? Optional.of(t)
                : Optional.empty();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
