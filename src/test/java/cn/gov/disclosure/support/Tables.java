package cn.gov.disclosure.support;

import cn.gov.disclosure.security.AppUser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the database holds, counted, for tests that prove a refused request stored nothing. */
public final class Tables {

    private Tables() {
    }

    /** The rows of {@code table}, committed. */
    public static long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) AppUser.getEntityManager()
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }
}
