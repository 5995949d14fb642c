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

import cn.gov.disclosure.cases.CaseService;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.problem.ApiProblem;
import cn.gov.disclosure.security.CurrentUser;

/** Files reconsiderations and lawsuits over an application and records their results (API and web forms alike). */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** Said alike of a review that does not exist and of one whose case the user may not see. */
    private static final String NO_REVIEW = "未找到该行政复议或者行政诉讼记录，或者您无权查看";

    @Inject
    CaseService cases;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ReviewView file(UUID caseId, Review.Kind kind, LocalDate filedOn, Boolean afterReconsideration) {
        DisclosureCase c = cases.find(caseId);
        dates.dayOf("filedOn", filedOn);
        if (filedOn.isBefore(c.receivedOn)) {
            throw ApiProblem.invalid("filedOn", "may not precede the application's receipt on " + c.receivedOn,
                    "不得早于收到申请之日（" + c.receivedOn + "）");
        }
        boolean afterFirst = Boolean.TRUE.equals(afterReconsideration);
        if (afterFirst && kind != Review.Kind.LITIGATION) {
            throw ApiProblem.invalid("afterReconsideration", "applies only to LITIGATION",
                    "只有行政诉讼才可能在行政复议之后提起");
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
            throw ApiProblem.notFound("No review " + id, NO_REVIEW);
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
            throw ApiProblem.notFound("No review " + id + " of application " + caseId, NO_REVIEW);
        }
        return conclude(id, requestedOn, result);
    }

    public ReviewView conclude(long id, LocalDate requestedOn, Review.Result result) {
        Review review = em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ApiProblem.notFound("No review " + id, NO_REVIEW);
        }
        DisclosureCase c = visibleCase(review);
        LocalDate on = dates.dayOf("on", requestedOn);
        if (on.isBefore(review.filedOn)) {
            throw ApiProblem.invalid("on", "may not precede the filing on " + review.filedOn,
                    "不得早于提起之日（" + review.filedOn + "）");
        }
        if (review.result != null) {
            throw ApiProblem.conflict("The review was concluded on " + review.concludedOn,
                    "该行政复议或者行政诉讼已于 " + review.concludedOn + " 登记结果，不能再次登记");
        }
        review.result = result;
        review.concludedOn = on;
        return ReviewView.of(review, c);
    }

    private DisclosureCase visibleCase(Review review) {
        try {
            return cases.find(review.caseId);
        } catch (ApiProblem notVisible) {
            throw ApiProblem.notFound("No review " + review.id, NO_REVIEW);
        }
    }
}
