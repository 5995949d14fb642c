package cn.gov.disclosure.review;

import java.time.LocalDate;

import cn.gov.disclosure.cases.DisclosureCase;

/** A review as the API shows it, with the tracking number of the application it concerns. */
public record ReviewView(Long id, String caseId, String trackingNumber, Review.Kind kind,
        boolean afterReconsideration, LocalDate filedOn, Review.Result result, LocalDate concludedOn) {

    static ReviewView of(Review r, DisclosureCase c) {
        return new ReviewView(r.id, r.caseId.toString(), c.trackingNumber, r.kind, r.afterReconsideration, r.filedOn,
                r.result, r.concludedOn);
    }
}
