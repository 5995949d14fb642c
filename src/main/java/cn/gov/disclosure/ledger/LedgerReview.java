package cn.gov.disclosure.ledger;

import java.time.LocalDate;

import cn.gov.disclosure.review.Review;

/** One reconsideration or lawsuit as a row of sheet 复议诉讼 ({@link LedgerLayout.Column}). */
record LedgerReview(String number, Review.Kind kind, boolean afterReconsideration, LocalDate filedOn,
        Review.Result result, LocalDate concludedOn) {
}
