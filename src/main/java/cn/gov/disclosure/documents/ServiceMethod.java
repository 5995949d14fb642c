package cn.gov.disclosure.documents;

/**
 * How a letter was served (送达, NOTICES.md §0.4); the Chinese names are the bundle's
 * {@code ServiceMethod.X}. For direct service the letter counts as served on the day it is signed
 * for, by post on the day it is posted (交邮之日).
 */
public enum ServiceMethod {
    /** 直接送达: handed to the recipient, who signs the 送达回证. */
    IN_PERSON,
    /** 邮寄送达 through the postal service, with its tracking number. */
    POST,
    /** 电子邮件送达: the PDF as issued, sent by the service to the applicant's address. */
    EMAIL,
    /** 网上送达: through an online platform the agency runs. */
    ONLINE
}
