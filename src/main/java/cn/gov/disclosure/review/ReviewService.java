package cn.gov.disclosure.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.CurrentUser;

/** Files reconsiderations and lawsuits over an application and records their results (API and web forms alike). */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** Said alike of a review that does not exist and of one whose case the user may not see. */

    @Inject
    CaseQueries cases;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ReviewView file(UUID caseId, Review.Kind kind, LocalDate filedOn, Boolean afterReconsideration) {
        CaseAction.REVIEWS.requireTakenBy(user::hasRole);
        DisclosureCase c = cases.find(caseId);
        CaseAction.REVIEWS.refusalFor(c).ifPresent(refusal -> {
            throw refusal;
        });
        dates.dayOf("filedOn", filedOn);
        if (filedOn.isBefore(c.receivedOn)) {
            throw Refusal.ofField("filedOn", ReviewRefusal.FILED_BEFORE_RECEIPT, "receivedOn", c.receivedOn);
        }
        boolean afterFirst = Boolean.TRUE.equals(afterReconsideration);
        if (afterFirst && kind != Review.Kind.LITIGATION) {
            throw Refusal.ofField("afterReconsideration", ReviewRefusal.AFTER_RECONSIDERATION_NOT_LITIGATION);
        }
        Review review = new Review();
        review.caseId = c.id;
        review.agencyCode = c.agencyCode;
        review.kind = kind;
        review.afterReconsideration = afterFirst;
        review.filedOn = filedOn;
        review.createdAt = clock.instant();
        review.createdBy = user.username();
        review.persist();
        return ReviewView.of(review, c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewView> ofCase(UUID caseId) {
        DisclosureCase c = cases.find(caseId);
        return Review.<Review> list("caseId = ?1 order by id", caseId).stream().map(r -> ReviewView.of(r, c)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewView get(long id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw Refusal.of(ReviewRefusal.NOT_FOUND, "id", id);
        }
        return ReviewView.of(review, visibleCase(review));
    }

    /**
     * As {@link #conclude(long, LocalDate, Review.Result)}, where the address names the case too:
     * another case's review is not found there.
     */
    public ReviewView conclude(UUID caseId, long id, LocalDate requestedOn, Review.Result result) {
        Review review = Review.findById(id);
        if (review == null || !review.caseId.equals(caseId)) {
            throw Refusal.of(ReviewRefusal.NOT_FOUND, "id", id);
        }
        return conclude(id, requestedOn, result);
    }

    public ReviewView conclude(long id, LocalDate requestedOn, Review.Result result) {
        CaseAction.REVIEWS.requireTakenBy(user::hasRole);
        Review review = em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw Refusal.of(ReviewRefusal.NOT_FOUND, "id", id);
        }
        DisclosureCase c = visibleCase(review);
        LocalDate on = dates.dayOf("on", requestedOn);
        if (on.isBefore(review.filedOn)) {
            throw Refusal.ofField("on", ReviewRefusal.CONCLUDED_BEFORE_FILING, "filedOn", review.filedOn);
        }
        if (review.result != null) {
            throw Refusal.of(ReviewRefusal.CONCLUDED_ALREADY, "concludedOn", review.concludedOn);
        }
        review.result = result;
        review.concludedOn = on;
        return ReviewView.of(review, c);
    }

    private DisclosureCase visibleCase(Review review) {
        try {
            return cases.find(review.caseId);
        } catch (Refusal notVisible) {
            throw Refusal.of(ReviewRefusal.NOT_FOUND, "id", review.id);
        }
    }
}
