package cn.gov.disclosure.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Appends to a case's history and keeps its latest business date. */
@ApplicationScoped
public class CaseHistory {

    @Inject
    Clock clock;

    CaseEvent append(DisclosureCase c, EventType type, LocalDate on, String by, Map<String, Object> details) {
        CaseEvent event = new CaseEvent();
        event.caseId = c.id;
        event.type = type;
        event.on = on;
        event.by = by;
        event.at = clock.instant();
        event.details = details;
        event.persist();
        if (c.lastEventOn == null || on.isAfter(c.lastEventOn)) {
            c.lastEventOn = on;
        }
        return event;
    }

    /** The history as it counts: without the lapses that were revoked, nor the revocations themselves. */
    public static List<CaseEvent> effective(List<CaseEvent> history) {
        Set<Long> revoked = history.stream().filter(e -> e.type == EventType.LAPSE_REVOKED)
                .map(e -> ((Number) e.details.get("revokes")).longValue()).collect(Collectors.toSet());
        return history.stream().filter(e -> e.type != EventType.LAPSE_REVOKED && !revoked.contains(e.id)).toList();
    }
}
