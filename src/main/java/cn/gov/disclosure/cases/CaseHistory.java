package cn.gov.disclosure.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Appends to a case's history and keeps its latest business date. */
final class CaseHistory {

    private CaseHistory() {
    }

    static CaseEvent append(DisclosureCase c, EventType type, LocalDate on, String by, Map<String, Object> details) {
        CaseEvent event = new CaseEvent();
        event.caseId = c.id;
        event.type = type;
        event.on = on;
        event.by = by;
        event.at = Instant.now();
        event.details = details;
        event.persist();
        if (c.lastEventOn == null || on.isAfter(c.lastEventOn)) {
            c.lastEventOn = on;
        }
        return event;
    }
}
