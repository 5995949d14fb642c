package cn.gov.disclosure.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.fee.Fee;

/**
 * An action being taken on a case: the case, locked; the status it stood in; the action's business
 * date; and what the action leaves for the history (its details) and for the process (the
 * variables its model reads, the period whose timer it arms).
 */
public final class CaseStep {

    /** What an action may ask of the service while it is taken. */
    interface Tools {

        /** The agency's department with this code; refused on {@code department} if there is none. */
        Department department(DisclosureCase c, String code);

        /** The last day of a period of working days starting the day after {@code from}. */
        LocalDate periodEnd(LocalDate from, int workingDays);

        /** The fee a notice by {@code method} charges for the case now. */
        Fee fee(DisclosureCase c, FeeMethod method, Integer pages);

        CaseRules rules();

        BusinessDates dates();
    }

    private final DisclosureCase c;
    private final CaseStatus from;
    private final LocalDate on;
    private final Tools tools;
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Map<String, Object> variables = new HashMap<>();
    private String timer;
    private LocalDate periodEnd;

    CaseStep(DisclosureCase c, CaseStatus from, LocalDate on, Tools tools) {
        this.c = c;
        this.from = from;
        this.on = on;
        this.tools = tools;
    }

    public DisclosureCase c() {
        return c;
    }

    /** The status the case stood in when the action began. */
    public CaseStatus from() {
        return from;
    }

    /** The action's business date. */
    public LocalDate on() {
        return on;
    }

    Tools tools() {
        return tools;
    }

    /** Adds to what the history records of the action. */
    CaseStep detail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    /** As {@link #detail}, where the value was given. */
    CaseStep detailIfGiven(String name, Object value) {
        return value == null ? this : detail(name, value);
    }

    /** A variable the process model reads after the action. */
    CaseStep variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Arms the model's timer {@code name} for the end of a period whose last day is {@code lastDay}. */
    CaseStep timer(String name, LocalDate lastDay) {
        timer = name;
        periodEnd = lastDay;
        return this;
    }

    Map<String, Object> details() {
        return details;
    }

    Map<String, Object> variables() {
        return variables;
    }

    /** The timer's variable, or null where the action starts no period. */
    String timer() {
        return timer;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }
}
