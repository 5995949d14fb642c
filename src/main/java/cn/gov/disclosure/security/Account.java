package cn.gov.disclosure.security;

import java.util.Optional;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * What signing in needs of a user, read afresh for every request so that a changed password or
 * role, or a removed user, takes effect at once on every instance.
 */
record Account(String username, String passwordHash, Set<String> roles, UserScope scope) {

    /** Runs on a worker thread, outside any request transaction. */
    static Optional<Account> find(String username) {
        return QuarkusTransaction.joiningExisting().call(() -> AppUser.findByUsername(username)
                .map(user -> new Account(user.username, user.passwordHash, user.roleSet(),
                        new UserScope(user.agencyCode, user.departmentId))));
    }

    SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles)
                .addAttribute(UserScope.ATTRIBUTE, scope).build();
    }
}
