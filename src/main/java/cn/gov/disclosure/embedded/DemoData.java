package cn.gov.disclosure.embedded;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.security.AppUser;
import cn.gov.disclosure.security.Roles;
import io.quarkus.runtime.StartupEvent;

/**
 * With the embedded database, a demo agency and one user per role, so that a newcomer can try
 * every step at once. Never in production: it only runs together with the embedded database.
 */
@ApplicationScoped
public class DemoData {

    static final String AGENCY = "DEMO";
    static final String PASSWORD = "demo1234";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.ACTIVE, defaultValue = "false")
    boolean embedded;

    @ConfigProperty(name = "disclosure.demo-data", defaultValue = "true")
    boolean wanted;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent started) {
        if (!embedded || !wanted) {
            return;
        }
        if (Agency.findById(AGENCY) == null) {
            Agency agency = new Agency();
            agency.code = AGENCY;
            agency.name = "演示县人民政府办公室";
            // What its letters print about it, so that the demo's letters look like an agency's.
            agency.fullName = agency.name;
            agency.documentPrefix = "演政办";
            agency.reconsiderationBody = "演示县人民政府";
            agency.court = "演示县人民法院";
            agency.persist();
            Department department = new Department();
            department.agencyCode = AGENCY;
            department.code = "ZRZY";
            department.name = "自然资源局";
            department.persist();
            Instant created = clock.instant();
            AppUser.create("clerk", PASSWORD, Set.of(Roles.CLERK), AGENCY, null, created);
            AppUser.create("handler", PASSWORD, Set.of(Roles.HANDLER), AGENCY, department.id, created);
            AppUser.create("office", PASSWORD, Set.of(Roles.OFFICE), AGENCY, null, created);
            AppUser.create("admin", PASSWORD, Set.of(Roles.ADMIN), AGENCY, null, created);
        }
        // No password in the log, not even this published one: a log is read by more people than a README.
        LOG.infof("%n  Open http://localhost:%d/ and sign in (demo agency %s, department ZRZY)%n"
                + "  as clerk (登记员), handler (承办人), office (公开办) or admin; the demo password is in README.md%n",
                port, AGENCY);
    }
}
