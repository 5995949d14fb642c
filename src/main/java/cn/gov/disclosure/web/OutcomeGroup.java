package cn.gov.disclosure.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.disclosure.cases.Outcome;

/**
 * One group of the decision form's outcomes, as section 三 of the annual table groups its rows
 * （（一）予以公开 … （六）其他处理）. The two lapses are left out: only the process gives them.
 */
public record OutcomeGroup(String title, List<Outcome> outcomes) {

    static final List<OutcomeGroup> DECIDABLE = groups();

    /** The outcomes a person may record, in the table's order: the decidable groups' outcomes. */
    static final List<Outcome> DECIDABLE_OUTCOMES = DECIDABLE.stream().flatMap(g -> g.outcomes().stream()).toList();

    private static List<OutcomeGroup> groups() {
        Map<String, List<Outcome>> byGroup = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            if (!outcome.isLapse()) {
                byGroup.computeIfAbsent(WebLabels.group(outcome), g -> new ArrayList<>()).add(outcome);
            }
        }
        return byGroup.entrySet().stream().map(e -> new OutcomeGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
