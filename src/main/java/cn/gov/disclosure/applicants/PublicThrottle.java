package cn.gov.disclosure.applicants;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.disclosure.common.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps the public pages from being used to guess query codes or to flood an agency with
 * submissions. Attempts are counted per key (a client address, a reference) in the database, so
 * that every instance sees the same counts, within a window of {@code window} that starts with a
 * key's first attempt; a key that has used up its attempts is refused until its window ends, and
 * nothing is looked at meanwhile.
 */
@ApplicationScoped
public class PublicThrottle {

    /** A key and how many attempts its window allows. */
    public record Limit(String key, int attempts) {
    }

    private final EntityManager entities;
    private final Duration window;

    PublicThrottle(EntityManager entities, @ConfigProperty(name = "disclosure.applicants.window") Duration window) {
        this.entities = entities;
        this.window = window;
    }

    /** Refuses (429, with the seconds to wait) while any of the keys has used up its attempts. */
    public void check(Limit... limits) {
        long wait = 0;
        for (Limit limit : limits) {
            wait = Math.max(wait, QuarkusTransaction.joiningExisting().call(() -> ((Number) entities
                    .createNativeQuery("""
                    select coalesce(max(ceil(extract(epoch from
                               window_started + make_interval(secs => :window) - now()))), 0)
                      from public_attempt
                     where key = :key and attempts >= :attempts
                       and window_started > now() - make_interval(secs => :window)""")
                    .setParameter("key", limit.key()).setParameter("attempts", limit.attempts())
                    .setParameter("window", window.toSeconds()).getSingleResult()).longValue()));
        }
        if (wait > 0) {
            throw Refusal.of(PublicRefusal.TOO_MANY_ATTEMPTS, "seconds", wait);
        }
    }

    /**
     * Counts an attempt against each key, in a transaction of its own: a refused request rolls
     * its own back, and its attempt must count all the same.
     */
    public void count(String... keys) {
        List<String> counted = Arrays.asList(keys);
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery(
                    "delete from public_attempt where window_started < now() - make_interval(secs => :window)")
                    .setParameter("window", window.toSeconds()).executeUpdate();
            for (String key : counted) {
                entities.createNativeQuery("""
                        insert into public_attempt as a (key, attempts, window_started) values (:key, 1, now())
                        on conflict (key) do update set
                            attempts = case when a.window_started < now() - make_interval(secs => :window) then 1
                                            else a.attempts + 1 end,
                            window_started = case when a.window_started < now() - make_interval(secs => :window)
                                                  then now() else a.window_started end""")
                        .setParameter("key", key).setParameter("window", window.toSeconds()).executeUpdate();
            }
        });
    }
}
