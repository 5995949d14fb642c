package cn.gov.disclosure.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.disclosure.agency.AgencyRefusal;
import cn.gov.disclosure.attachment.Attachment;
import cn.gov.disclosure.attachment.AttachmentRefusal;
import cn.gov.disclosure.attachment.FileType;
import cn.gov.disclosure.calendar.CalendarRefusal;
import cn.gov.disclosure.calendar.WorkingDayCalendar;
import cn.gov.disclosure.cases.CaseAction.EventType;
import cn.gov.disclosure.cases.CaseRefusal;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.cases.ResponseClock;
import cn.gov.disclosure.documents.DocumentRefusal;
import cn.gov.disclosure.documents.ServiceMethod;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.review.ReviewRefusal;
import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.security.UserRefusal;
import cn.gov.disclosure.statistics.StatisticsRefusal;

/** The one bundle words every refusal the service can give, and fills in what it names. */
class WordingTest {

    static final List<Refusal.Reason> EVERY_REASON = Stream.of(CommonRefusal.values(), AgencyRefusal.values(),
            UserRefusal.values(), CalendarRefusal.values(), CaseRefusal.values(), ReviewRefusal.values(),
            StatisticsRefusal.values(), AttachmentRefusal.values(),
            DocumentRefusal.values()).flatMap(Stream::of).map(Refusal.Reason.class::cast).toList();

    @Test
    void everyRefusalHasItsEnglishWording() {
        assertThat(EVERY_REASON).allSatisfy(reason -> assertThat(Wording.hasEnglish(reason.key()))
                .as(reason.key()).isTrue());
    }

    @Test
    void everyRefusalWithChineseHasEnglishToo() {
        assertThat(EVERY_REASON).filteredOn(reason -> Wording.hasChinese(reason.key()))
                .hasSizeGreaterThan(40);
    }

    @Test
    void everyCodeThePagesNameHasItsChineseLabel() {
        List<Enum<?>> codes = Stream.<Enum<?>[]> of(CaseStatus.values(), EventType.values(), Channel.values(),
                DeliveryForm.values(), ResponseClock.values(), FeeMethod.values(), Review.Kind.values(),
                Review.Result.values(), WorkingDayCalendar.Exclusion.values(), Attachment.Kind.values(),
                ServiceMethod.values())
                .flatMap(Stream::of).toList();
        assertThat(codes).allSatisfy(code -> assertThat(Wording.label(code)).as(code.name())
                .doesNotContain(code.name()).isNotBlank());
        assertThat(Outcome.values()).allSatisfy(outcome -> assertThat(Wording.hasChinese("Outcome.basis." + outcome))
                .as(outcome.name()).isTrue());
        // File types are named as they are known, PDF as PDF: their labels need only exist.
        assertThat(FileType.values()).allSatisfy(type -> assertThat(Wording.hasChinese("FileType." + type.name()))
                .as(type.name()).isTrue());
        assertThat(Roles.ALL).allSatisfy(role -> assertThat(Wording.hasChinese("role." + role)).as(role).isTrue());
        assertThat(Wording.label(Review.Kind.LITIGATION)).isEqualTo("行政诉讼");
    }

    @Test
    void aRefusalNamesItsValuesInBothLanguages() {
        Refusal refusal = Refusal.of(CaseRefusal.CORRECTION_PERIOD_ENDED, "dueOn", java.time.LocalDate.of(2025, 3, 20));
        assertThat(Wording.english(refusal))
                .isEqualTo("The correction period ended on 2025-03-20; the application is deemed abandoned");
        assertThat(Wording.chinese(refusal)).hasValueSatisfying(text -> assertThat(text).startsWith("补正期限已于 2025-03-20 届满"));
    }

    @Test
    void anAdministrativeRefusalHasNoChineseOfItsOwn() {
        assertThat(Wording.chinese(Refusal.of(UserRefusal.EXISTS, "username", "zhang"))).isEmpty();
        assertThat(Refusal.of(UserRefusal.EXISTS, "username", "zhang").getMessage())
                .isEqualTo("User zhang exists already");
    }
}
