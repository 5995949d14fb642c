package cn.gov.disclosure.cases;

/** The form in which the applicant wants the information (Art 40). */
public enum DeliveryForm {
    PAPER,
    EMAIL,
    ELECTRONIC_MEDIA,
    INSPECTION
}
