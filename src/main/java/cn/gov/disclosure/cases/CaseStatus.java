package cn.gov.disclosure.cases;

/** Where the case's process instance stands. */
public enum CaseStatus {
    RECEIVED,
    CORRECTION_REQUESTED,
    IN_PROGRESS,
    THIRD_PARTY_CONSULTATION,
    AWAITING_FEE,
    CLOSED
}
