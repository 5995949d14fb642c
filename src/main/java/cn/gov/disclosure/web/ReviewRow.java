package cn.gov.disclosure.web;

import cn.gov.disclosure.review.ReviewView;

/** A review on the case page, with the id of the form that records its result. */
public record ReviewRow(ReviewView review, String formId) {

    static String formId(long review) {
        return "review-" + review;
    }

    static ReviewRow of(ReviewView review) {
        return new ReviewRow(review, formId(review.id()));
    }
}
