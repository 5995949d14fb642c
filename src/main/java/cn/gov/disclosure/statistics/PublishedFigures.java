package cn.gov.disclosure.statistics;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sections 三 and 四 as an agency published them for a year before it used the service, in the
 * statistics JSON's shape: every row of the table with a figure per column, totals included.
 */
public record PublishedFigures(
        @Schema(description = "Section 三 by row key (NEW, CARRIED_IN, every outcome, TOTAL_CLOSED, CARRIED_OUT):"
                + " seven figures each, the six applicant types then TOTAL")
        @NotNull Map<String, long[]> rows,
        @Schema(description = "Section 四 by row key (RECONSIDERATION, LITIGATION_DIRECT,"
                + " LITIGATION_AFTER_RECONSIDERATION): five figures each, MAINTAINED, CORRECTED, OTHER, PENDING, TOTAL")
        @NotNull Map<String, long[]> reviews) {
}
