package cn.gov.disclosure.cases;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.cases.CaseAction.EventType;

/** Appends to a case's history and keeps its latest business date. */
@ApplicationScoped
public class CaseHistory {

    /** An entry to append with {@link #appendAll}: what happened to which case, on which business day, by whom. */
    record Entry(DisclosureCase c, EventType type, LocalDate on, String by, Map<String, Object> details) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    CaseEvent append(DisclosureCase c, EventType type, LocalDate on, String by, Map<String, Object> details) {
        CaseEvent event = new CaseEvent();
        event.caseId = c.id;
        event.type = type;
        event.on = on;
        event.by = by;
        event.at = clock.instant();
        event.details = details;
        event.persist();
        keepLatest(c, on);
        return event;
    }

    /**
     * An entry for {@link #appendAll}, its case's latest business date kept at once: made before a
     * new case is persisted, the case goes in with it rather than written twice.
     */
    Entry entry(DisclosureCase c, EventType type, LocalDate on, String by, Map<String, Object> details) {
        keepLatest(c, on);
        return new Entry(c, type, on, by, details);
    }

    /**
     * Appends the entries of many cases in one statement, in the list's order. An entity's identity
     * key keeps its inserts out of JDBC batches (each one asks for its key back), which made a
     * ledger of 100,000 cases store for minutes; entries written here are not read back as entities.
     */
    void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // The entries refer to their cases: those go to the database first.
        em.flush();
        String at = clock.instant().toString();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into case_event "
                    + "(case_id, type, on_date, username, entered_at, details) "
                    + "select e.case_id::uuid, e.type, e.on_date::date, e.username, ?::timestamptz, e.details::jsonb "
                    + "from unnest(?, ?, ?, ?, ?) with ordinality as e(case_id, type, on_date, username, details, n) "
                    + "order by e.n")) {
                insert.setString(1, at);
                List<Function<Entry, String>> columns = List.of(e -> e.c().id.toString(), e -> e.type().name(),
                        e -> e.on().toString(), Entry::by, e -> text(e.details()));
                for (int i = 0; i < columns.size(); i++) {
                    Array column = connection.createArrayOf("text", entries.stream().map(columns.get(i)).toArray());
                    insert.setArray(i + 2, column);
                }
                insert.executeUpdate();
            }
        });
    }

    private String text(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Details not writable as JSON", e);
        }
    }

    private static void keepLatest(DisclosureCase c, LocalDate on) {
        if (c.lastEventOn == null || on.isAfter(c.lastEventOn)) {
            c.lastEventOn = on;
        }
    }

    /** The history as it counts: without the lapses that were revoked, nor the revocations themselves. */
    public static List<CaseEvent> effective(List<CaseEvent> history) {
        Set<Long> revoked = history.stream().filter(e -> e.type == EventType.LAPSE_REVOKED)
                .map(e -> ((Number) e.details.get("revokes")).longValue()).collect(Collectors.toSet());
        return history.stream().filter(e -> e.type != EventType.LAPSE_REVOKED && !revoked.contains(e.id)).toList();
    }
}
