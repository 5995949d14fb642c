package cn.gov.disclosure.cases;

/** The two ways of charging an information processing fee; one per application (F Art 3). */
public enum FeeMethod {
    PER_APPLICATION,
    PER_VOLUME
}
