package cn.gov.disclosure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import cn.gov.disclosure.cases.CaseClosed;
import cn.gov.disclosure.cases.CaseRegistered;
import cn.gov.disclosure.cases.CaseWorkflow;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * What an operator watches, at /q/metrics. The counters count what this instance did, once its
 * transaction committed (sum them over instances); the gauges read the shared database, so every
 * instance reports the same value (take the max).
 */
@ApplicationScoped
public class CaseMetrics {

    private final MeterRegistry registry;
    private final BusinessDates dates;
    private final CaseWorkflow process;

    public CaseMetrics(MeterRegistry registry, BusinessDates dates, CaseWorkflow process) {
        this.registry = registry;
        this.dates = dates;
        this.process = process;
    }

    void registerGauges(@Observes StartupEvent started) {
        Gauge.builder("disclosure.cases.overdue", this, CaseMetrics::overdue)
                .description("Open cases whose response period has run out (clock running, due date passed)")
                .register(registry);
        Gauge.builder("disclosure.engine.jobs.due", process, CaseWorkflow::dueJobs)
                .description("Jobs due (fired timers among them) that no job executor has run yet")
                .register(registry);
    }

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRegistered event) {
        registry.counter("disclosure.cases.registered", "channel", event.channel().name()).increment();
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed event) {
        registry.counter("disclosure.cases.closed", "outcome", event.outcome().name()).increment();
    }

    private double overdue() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> DisclosureCase.countOverdue(dates.today()));
        } catch (RuntimeException unavailable) {
            // The scrape shows no value rather than failing; the health checks report the database.
            return Double.NaN;
        }
    }
}
