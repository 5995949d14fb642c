package cn.gov.disclosure.security;

import java.util.Set;

/** The roles of the contract; the process model uses the same names as candidate groups. */
public final class Roles {

    public static final String CLERK = "clerk";
    public static final String HANDLER = "handler";
    public static final String OFFICE = "office";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(CLERK, HANDLER, OFFICE, ADMIN);

    private Roles() {
    }
}
