package cn.gov.disclosure.cases;

/** A new application was registered (fired inside the registering transaction). */
public record CaseRegistered(String agency, Channel channel) {
}
