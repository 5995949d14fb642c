package cn.gov.disclosure.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a web session, as the browser sent it in its cookie. */
final class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
