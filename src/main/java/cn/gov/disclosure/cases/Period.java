package cn.gov.disclosure.cases;

/** The periods whose end the process model watches with a timer. */
public enum Period {
    /** Art 30: the applicant did not correct in time; the application is deemed abandoned. */
    CORRECTION,
    /** Art 32: the third party's 15 working days are over; the department decides without its reply. */
    CONSULTATION,
    /** Fee rules: the fee was not paid in time; the application is deemed abandoned. */
    FEE
}
