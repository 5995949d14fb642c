package cn.gov.disclosure.cases;

/** Where the case's process instance stands, and before and beside it the states of an online submission. */
public enum CaseStatus {
    /**
     * Submitted online and not yet confirmed by the agency: by Art 31(3) not yet received, so no
     * receipt date, no response clock, no process instance, and no table counts it.
     */
    SUBMITTED_ONLINE,
    RECEIVED,
    CORRECTION_REQUESTED,
    IN_PROGRESS,
    THIRD_PARTY_CONSULTATION,
    AWAITING_FEE,
    CLOSED,
    /** An online submission the agency answered as no application (spam, a complaint, a test): never received. */
    REJECTED
}
