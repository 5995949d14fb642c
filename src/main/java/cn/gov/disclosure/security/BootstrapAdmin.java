package cn.gov.disclosure.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Creates the first admin from DISCLOSURE_BOOTSTRAP_ADMIN_PASSWORD when nobody can sign in yet. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @ConfigProperty(name = "disclosure.bootstrap-admin-password")
    Optional<String> password;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent started) {
        if (password.filter(p -> !p.isBlank()).isPresent() && AppUser.count() == 0) {
            AppUser.create("admin", password.get(), Set.of(Roles.ADMIN), null, null, clock.instant());
            LOG.info("Created the user admin from DISCLOSURE_BOOTSTRAP_ADMIN_PASSWORD");
        }
    }
}
