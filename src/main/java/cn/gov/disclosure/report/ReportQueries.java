package cn.gov.disclosure.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.cases.CaseAction.EventType;

/** The stored part of the annual reports and the year's fee events; each call a transaction of its own. */
@ApplicationScoped
@Transactional
class ReportQueries {

    /** How many events of one kind the year holds, and the fees of their cases in yuan. */
    record FeeEvents(long count, BigDecimal amount) {
    }

    @Inject
    EntityManager entityManager;

    /** The reports of these agencies for the year, where keyed in. */
    List<AnnualReport> find(int year, List<String> agencies) {
        return AnnualReport.list("year = ?1 and agencyCode in ?2 order by agencyCode", year, agencies);
    }

    /**
     * Keeps the agency's report for the year, replacing what was kept. The row is made first if
     * missing and then locked, so two offices saving at once both succeed, one after the other.
     */
    AnnualReport save(int year, String agency, ReportTexts texts, String by, Instant at) {
        entityManager.createNativeQuery("""
                insert into annual_report (agency_code, year, changed_by, changed_at) values (?1, ?2, ?3, ?4)
                on conflict (agency_code, year) do nothing
                """).setParameter(1, agency).setParameter(2, year).setParameter(3, by).setParameter(4, at)
                .executeUpdate();
        AnnualReport report = entityManager.find(AnnualReport.class, new AnnualReport.Key(agency, year),
                LockModeType.PESSIMISTIC_WRITE);
        report.take(texts);
        report.changedBy = by;
        report.changedAt = at;
        return report;
    }

    /** Events of one kind dated in the year in these agencies' cases, with the fees those cases were charged. */
    FeeEvents feeEvents(EventType type, int year, List<String> agencies) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(sum(c.fee_amount), 0) from case_event e
                  join disclosure_case c on c.id = e.case_id
                 where e.type = ?1 and e.on_date between ?2 and ?3 and c.agency_code in (?4)
                """).setParameter(1, type.name()).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31)).setParameter(4, agencies)
                .getSingleResult();
        return new FeeEvents(((Number) row[0]).longValue(), ((BigDecimal) row[1]).setScale(2));
    }
}
