package cn.gov.disclosure.cases;

/** What happened to a case; the history is a list of these and is never rewritten. */
public enum EventType {
    /** Submitted online by the applicant; received only once the agency confirms it ({@link #RECEIVED}). */
    SUBMITTED_ONLINE,
    /** An online submission answered as no application. */
    SUBMISSION_REJECTED,
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
    OUTCOME_CORRECTED,
    /**
     * A lapse withdrawn: the correction, payment or third party's reply it said had not come was
     * keyed in later, dated inside the period. Its details name the lapse's event ({@code revokes}),
     * which no longer counts.
     */
    LAPSE_REVOKED
}
