package cn.gov.disclosure.web;

import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.documents.ServiceMethod;
import cn.gov.disclosure.review.Review;
import io.quarkus.qute.TemplateData;

/**
 * The codes offered in a select: the {@code {#choice}} tag ({@code templates/tags/choice.html})
 * reads {@code option.name} of whatever list it is handed, and a tag is not type-checked, so
 * Qute needs these registered to resolve them. Everything the pages read otherwise is resolved
 * from their checked templates' parameter types.
 */
@TemplateData(target = ApplicantType.class)
@TemplateData(target = Channel.class)
@TemplateData(target = DeliveryForm.class)
@TemplateData(target = FeeMethod.class)
@TemplateData(target = Outcome.class)
@TemplateData(target = Review.Result.class)
@TemplateData(target = ServiceMethod.class)
final class TemplateTypes {

    private TemplateTypes() {
    }
}
