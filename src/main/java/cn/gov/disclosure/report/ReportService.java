package cn.gov.disclosure.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.documents.LetterPdf;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.statistics.AnnualTable;
import cn.gov.disclosure.statistics.StatisticsExports;
import cn.gov.disclosure.statistics.StatisticsService;
import cn.gov.disclosure.statistics.TableLayout;

/**
 * The whole annual report (CONTRACT.md "The whole annual report"): keeps what the office writes,
 * derives the fees of the year, and assembles the report with sections 三 and 四 from the
 * statistics. Who may see which agency's report is decided as for the statistics.
 *
 * <p>The statistics are read in their own read-only snapshot, as they always are, and what the
 * office keyed in apart from them ({@link ReportQueries}).
 */
@ApplicationScoped
public class ReportService {

    /** The fee amount's digits before the point ({@code numeric(14, 2)}). */
    public static final int AMOUNT_DIGITS = 12;

    /** The report's parts as one reading gives them, for the view and the document alike. */
    private record Assembled(StatisticsService.Scope scope, ReportTexts own, AnnualReport stored,
            ProactiveFigures proactive, StatisticsExports.Export statistics, FeesDerived fees,
            List<AnnualTable.Check> checks) {
    }

    private final StatisticsService statistics;
    private final StatisticsExports exports;
    private final ReportQueries queries;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    ReportService(StatisticsService statistics, StatisticsExports exports, ReportQueries queries, CurrentUser user,
            Clock clock) {
        this.statistics = statistics;
        this.exports = exports;
        this.queries = queries;
        this.user = user;
        this.clock = clock;
    }

    /** Reads the query's year and agency as the statistics do: an office sees only its own agency and those below. */
    public StatisticsService.Scope scope(String year, String agency, String includeSubordinates) {
        return statistics.scope(year, agency, includeSubordinates);
    }

    /** The report as the office's page shows it: what it keyed in, with the checks, and the whole document. */
    public record Draft(ReportView view, ReportDocument document) {
    }

    public ReportView view(StatisticsService.Scope scope) {
        return view(assemble(scope));
    }

    public Draft draft(StatisticsService.Scope scope) {
        Assembled report = assemble(scope);
        return new Draft(view(report), document(report));
    }

    /**
     * Keeps the agency's own texts and figures for the year, replacing what was kept; answers the
     * report in {@code scope}. A figure refused refuses the whole, and nothing is kept.
     */
    public ReportView save(StatisticsService.Scope scope, @Valid @NotNull ReportTexts texts) {
        queries.save(scope.year(), scope.agency().code, valid(texts), user.username(), clock.instant());
        return view(assemble(scope));
    }

    public ReportDocument document(StatisticsService.Scope scope) {
        return document(assemble(scope));
    }

    private static ReportDocument document(Assembled report) {
        StatisticsService.Scope scope = report.scope();
        String agency = LetterPdf.xmlText(scope.agency().name);
        String title = agency + scope.year() + "年政府信息公开工作年度报告";
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section("一、总体情况", paragraphs(report.own().overview()), null),
                new ReportDocument.Section(ProactiveGrid.TITLE, List.of(), ProactiveGrid.of(report.proactive())),
                table(report.statistics(), 0), table(report.statistics(), 1),
                new ReportDocument.Section("五、存在的主要问题及改进情况", paragraphs(report.own().problems()), null),
                new ReportDocument.Section("六、其他需要报告的事项", paragraphs(report.own().other()), null));
        String fileName = scope.agency().code + "-" + scope.year()
                + (scope.includeSubordinates() ? "-consolidated" : "") + "-annual-report";
        return new ReportDocument(title, Wording.chinese("report.opening", "year", scope.year()), sections,
                report.checks().stream().filter(check -> !check.holds()).toList(), fileName);
    }

    private static ReportDocument.Section table(StatisticsExports.Export statistics, int index) {
        var grid = statistics.sections().get(index);
        return new ReportDocument.Section(grid.title(), List.of(), grid);
    }

    /** A text's paragraphs, one a line, blank lines left out. */
    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(LetterPdf.xmlText(text).split("\\R")).map(String::strip).filter(p -> !p.isEmpty())
                        .toList();
    }

    private Assembled assemble(StatisticsService.Scope scope) {
        StatisticsExports.Export table = exports.asReported(scope);
        // The year's and last year's reports of every agency in scope, each read once.
        List<AnnualReport> reports = queries.find(scope.year(), scope.agencies());
        List<AnnualReport> lastYears = queries.find(scope.year() - 1, scope.agencies());
        AnnualReport stored = own(reports, scope);
        ReportTexts own = stored == null ? ReportTexts.NONE : stored.texts();
        ProactiveFigures proactive = summed(reports, scope);
        FeesDerived fees = FeesDerived.of(scope.year(), scope.includeSubordinates(),
                amount(EventType.FEE_NOTIFIED, scope), amount(EventType.FEE_PAID, scope),
                table.table().figure(Outcome.OTHER_FEE_UNPAID.name(), TableLayout.TOTAL));
        ProactiveFigures lastYear = own(lastYears, scope) == null ? null : summed(lastYears, scope);
        List<AnnualTable.Check> checks = new ArrayList<>(table.table().checks());
        checks.addAll(ReportChecks.of(proactive, lastYear, scope.year()));
        return new Assembled(scope, own, stored, proactive, table, fees, List.copyOf(checks));
    }

    /**
     * Section 二 of the agencies in scope, added up. A figure any of them has not keyed in stays
     * blank (and the check says so) rather than being summed short.
     */
    private static ProactiveFigures summed(List<AnnualReport> reports, StatisticsService.Scope scope) {
        if (reports.size() < scope.agencies().size()) {
            return ProactiveFigures.NONE;
        }
        return reports.stream().map(report -> report.texts().proactive()).reduce(ProactiveFigures::plus)
                .orElse(ProactiveFigures.NONE);
    }

    /** The scope's own agency's report among {@code reports}, if it keyed one in. */
    private static AnnualReport own(List<AnnualReport> reports, StatisticsService.Scope scope) {
        return reports.stream().filter(report -> report.agencyCode.equals(scope.agency().code)).findFirst()
                .orElse(null);
    }

    private FeesDerived.Amount amount(EventType type, StatisticsService.Scope scope) {
        ReportQueries.FeeEvents events = queries.feeEvents(type, scope.year(), scope.agencies());
        return new FeesDerived.Amount(events.count(), events.amount());
    }

    private static ReportView view(Assembled report) {
        StatisticsService.Scope scope = report.scope();
        return new ReportView(scope.year(), scope.agency().code, scope.includeSubordinates(), report.own().overview(),
                report.proactive(), report.own().problems(), report.own().other(),
                report.stored() == null ? null : report.stored().changedBy,
                report.stored() == null ? null : report.stored().changedAt, report.fees(), report.checks());
    }

    /** The texts with both document kinds present and the amount to the fen; a figure out of range is refused. */
    private static ReportTexts valid(ReportTexts texts) {
        ProactiveFigures figures = (texts.proactive() == null ? ProactiveFigures.NONE : texts.proactive()).filled();
        figures.countsByField().forEach((field, figure) -> {
            if (figure != null && figure < 0) {
                throw Refusal.ofField("proactive." + field, ReportRefusal.NEGATIVE);
            }
        });
        BigDecimal fees = figures.feesTenThousandYuan();
        if (fees != null && (fees.signum() < 0 || fees.stripTrailingZeros().scale() > 2
                || fees.setScale(0, RoundingMode.DOWN).precision() > AMOUNT_DIGITS)) {
            throw Refusal.ofField("proactive.feesTenThousandYuan", ReportRefusal.AMOUNT, "digits", AMOUNT_DIGITS);
        }
        return new ReportTexts(texts.overview(), new ProactiveFigures(figures.regulations(),
                figures.normativeDocuments(), figures.licensing(), figures.penalties(), figures.enforcement(),
                fees == null ? null : fees.setScale(2)), texts.problems(), texts.other());
    }
}
