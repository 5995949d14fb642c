package cn.gov.disclosure.cases;

/** How the application reached the agency (Art 29); the receipt date rule differs by channel (Art 31). */
public enum Channel {
    IN_PERSON,
    MAIL,
    ONLINE,
    FAX,
    ORAL
}
