package cn.gov.disclosure.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.disclosure.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in person as every page shows them: name, roles in Chinese, and which parts of the
 * menu they get. Templates read it as {@code {inject:viewer}}. An admin gets every menu, since the
 * service lets an admin do everything.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    /** The order roles are named in: the role a person mainly works in first. */
    private static final List<String> ROLE_ORDER = List.of(Roles.CLERK, Roles.HANDLER, Roles.OFFICE, Roles.ADMIN);

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.getPrincipal().getName();
    }

    public String getRoles() {
        return String.join("、", ROLE_ORDER.stream().filter(identity::hasRole).map(WebLabels::role).toList());
    }

    public boolean isClerk() {
        return has(Roles.CLERK);
    }

    public boolean isHandler() {
        return has(Roles.HANDLER);
    }

    public boolean isOffice() {
        return has(Roles.OFFICE);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Whether the person has the role; an admin has every one. */
    boolean has(String role) {
        return identity.hasRole(role) || isAdmin();
    }
}
