package cn.gov.disclosure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.common.Refusal;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in user of this request and what it may see. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private AppUser user;

    public AppUser user() {
        if (user == null) {
            user = AppUser.findByUsername(identity.getPrincipal().getName())
                    .orElseThrow(() -> Refusal.of(UserRefusal.UNKNOWN_USER));
        }
        return user;
    }

    /**
     * The user's agency and department as read with the identity in this request; an identity made
     * elsewhere (a test's) has none, and the user's row is read.
     */
    private UserScope scope() {
        UserScope read = identity.getAttribute(UserScope.ATTRIBUTE);
        return read != null ? read : new UserScope(user().agencyCode, user().departmentId);
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role) || isAdmin();
    }

    /** The agency whose records this user may see; null for an admin, who sees every agency. */
    public String agencyScope() {
        return isAdmin() ? null : scope().agencyCode();
    }

    /** A handler works only the cases of its own department; null means no such limit. */
    public Long departmentScope() {
        if (isAdmin() || identity.hasRole(Roles.CLERK) || identity.hasRole(Roles.OFFICE)) {
            return null;
        }
        Long department = scope().departmentId();
        return department == null ? -1L : department;
    }

    /** Refuses an agency other than the user's own (admins may name any). */
    public String requireAgency(String requested) {
        if (isAdmin()) {
            if (requested == null) {
                throw Refusal.ofField("agency", UserRefusal.AGENCY_REQUIRED);
            }
            return requested;
        }
        String own = scope().agencyCode();
        if (requested != null && !requested.equals(own)) {
            throw Refusal.of(UserRefusal.OTHER_AGENCY, "agency", own);
        }
        return own;
    }
}
