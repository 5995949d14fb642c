package cn.gov.disclosure.security;

/**
 * The agency and department of a signed-in user, read with the identity from the user's row for
 * this request ({@link Account}, {@link WebSessions}), so that the request need not read the row
 * again to scope what it shows; a user changed or removed meanwhile is seen by the next request.
 */
record UserScope(String agencyCode, Long departmentId) {

    /** The identity's attribute that holds it. */
    static final String ATTRIBUTE = "disclosure.user-scope";
}
