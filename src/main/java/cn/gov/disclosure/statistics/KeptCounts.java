package cn.gov.disclosure.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each agency's counts of a year, kept while the version the database gives that year stands
 * (V17: any change to what the year counts gives it a new one, in the change's own transaction).
 * A year's table counts every case the year holds, a quarter of a million at a large agency, and is
 * read by every office at year end while few of those cases still change; an unchanged year is now
 * one small read. Counts are kept only where a version is (years up to the current one with a case
 * or review), so what is kept grows with the agencies' years, not with the years asked for.
 */
@ApplicationScoped
class KeptCounts {

    private record Key(String agency, int year) {
    }

    private record Kept(long version, StatisticsQueries.Counts counts) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    private final StatisticsQueries queries;

    @Inject
    KeptCounts(StatisticsQueries queries) {
        this.queries = queries;
    }

    /**
     * The year's counts of the agencies together: those kept at the version the database now gives
     * them, the others counted (and kept at the version read with them).
     */
    StatisticsQueries.Counts of(int year, List<String> agencies) {
        Map<String, Long> versions = queries.keptVersions(year, agencies);
        List<StatisticsQueries.Counts> parts = new ArrayList<>();
        List<String> toCount = new ArrayList<>();
        for (String agency : agencies) {
            Kept found = kept.get(new Key(agency, year));
            if (found != null && Long.valueOf(found.version()).equals(versions.get(agency))) {
                parts.add(found.counts());
            } else {
                toCount.add(agency);
            }
        }
        if (!toCount.isEmpty()) {
            queries.count(year, toCount).forEach((agency, counted) -> {
                if (counted.version() != null) {
                    kept.put(new Key(agency, year), new Kept(counted.version(), counted.counts()));
                }
                parts.add(counted.counts());
            });
        }
        return StatisticsQueries.Counts.sum(parts);
    }
}
