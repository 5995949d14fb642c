package cn.gov.disclosure.applicants;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * nothing is looked at meanwhile. An instance that has found a key locked remembers it until the
 * lock ends, so the refusals of a flood cost no database work; another instance finds the lock in
 * the database on its first look.
 */
@ApplicationScoped
public class PublicThrottle {

    /** A key and how many attempts its window allows. */
    public record Limit(String key, int attempts) {
    }

    /** How many locked keys an instance remembers before it forgets those whose lock has ended. */
    private static final int REMEMBERED = 10_000;

    private final EntityManager entities;
    private final Duration window;
    private final Clock clock;
    /**
     * The keys this instance found locked, with the end of the lock: asked again, they are refused
     * without a look at the database, so that a flood of refused attempts costs next to nothing.
     */
    private final Map<String, Instant> locked = new ConcurrentHashMap<>();

    PublicThrottle(EntityManager entities, @ConfigProperty(name = "disclosure.applicants.window") Duration window,
            Clock clock) {
        this.entities = entities;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses (429, with the seconds to wait) while any of the keys has used up its attempts. */
    public void check(Limit... limits) {
        Instant now = clock.instant();
        long wait = 0;
        for (Limit limit : limits) {
            Instant until = locked.get(limit.key());
            if (until != null && until.isAfter(now)) {
                wait = Math.max(wait, Duration.between(now, until).toSeconds() + 1);
            }
        }
        if (wait == 0) {
            for (Limit limit : limits) {
                long left = secondsLocked(limit);
                if (left > 0) {
                    remember(limit.key(), now.plusSeconds(left));
                    wait = Math.max(wait, left);
                }
            }
        }
        if (wait > 0) {
            throw Refusal.of(PublicRefusal.TOO_MANY_ATTEMPTS, "seconds", wait);
        }
    }

    /** The seconds left of the key's window if it has used up its attempts in it, else 0. */
    private long secondsLocked(Limit limit) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entities.createNativeQuery("""
                select coalesce(max(ceil(extract(epoch from
                           window_started + make_interval(secs => :window) - now()))), 0)
                  from public_attempt
                 where key = :key and attempts >= :attempts
                   and window_started > now() - make_interval(secs => :window)""")
                .setParameter("key", limit.key()).setParameter("attempts", limit.attempts())
                .setParameter("window", window.toSeconds()).getSingleResult()).longValue());
    }

    private void remember(String key, Instant until) {
        if (locked.size() >= REMEMBERED) {
            Instant now = clock.instant();
            locked.values().removeIf(end -> !end.isAfter(now));
        }
        locked.put(key, until);
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
