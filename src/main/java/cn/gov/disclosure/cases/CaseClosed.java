package cn.gov.disclosure.cases;

/** A case's process instance ended with this outcome (fired inside the ending transaction). */
public record CaseClosed(String agency, Outcome outcome) {
}
