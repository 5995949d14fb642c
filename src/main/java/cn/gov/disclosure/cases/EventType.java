package cn.gov.disclosure.cases;

/** What happened to a case; the history is a list of these and is never rewritten. */
public enum EventType {
    RECEIVED,
    ACCEPTED,
    CORRECTION_REQUESTED,
    CORRECTED,
    CORRECTION_LAPSED,
    THIRD_PARTY_CONSULTATION_STARTED,
    THIRD_PARTY_REPLIED,
    THIRD_PARTY_CONSULTATION_ENDED,
    EXTENDED,
    FEE_NOTIFIED,
    FEE_PAID,
    FEE_LAPSED,
    DECIDED,
    WITHDRAWN,
    OUTCOME_CORRECTED
}
