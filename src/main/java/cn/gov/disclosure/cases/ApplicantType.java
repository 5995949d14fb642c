package cn.gov.disclosure.cases;

/** Who applied: the columns of the annual table (申请人情况). */
public enum ApplicantType {
    NATURAL_PERSON,
    COMMERCIAL_ENTERPRISE,
    RESEARCH_INSTITUTION,
    SOCIAL_WELFARE_ORGANIZATION,
    LEGAL_SERVICE_INSTITUTION,
    OTHER_ORGANIZATION
}
