package cn.gov.disclosure.web;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.disclosure.attachment.Attachment;
import cn.gov.disclosure.attachment.AttachmentRefusal;
import cn.gov.disclosure.attachment.AttachmentRequest;
import cn.gov.disclosure.attachment.AttachmentResource;
import cn.gov.disclosure.attachment.AttachmentService;
import cn.gov.disclosure.attachment.CaseAttachmentsResource;
import cn.gov.disclosure.attachment.ReceivedFile;
import cn.gov.disclosure.common.Refusal;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

/**
 * The papers received, on the case page ({@link CaseAttachments} shows them): the form that files
 * one, answered with a redirect to the case, or with the case page again and the reasons beside
 * the fields (a file too large, of a type not taken, or none); and each paper's download, for the
 * pages' session (the API takes HTTP Basic only).
 */
@Path("/ui/applications/{id}/attachments")
@Authenticated
public class AttachmentPages {

    /** The upload form's id on the case page: where its refusals are shown. */
    static final String FORM = "attachment";

    @Inject
    AttachmentService attachments;

    @Inject
    ApplicationPages casePage;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind,
            @RestForm String note) {
        if (!attachments.mayUpload()) {
            throw new ForbiddenException();
        }
        FormInput form = new FormInput();
        var request = new AttachmentRequest(form.choice("kind", kind, Attachment.Kind.class), form.text("note", note));
        form.addViolations(validator.validate(request));
        ReceivedFile received = CaseAttachmentsResource.received(file);
        if (received == null) {
            form.addRefusal(Refusal.ofField("file", AttachmentRefusal.FILE_REQUIRED));
        }
        if (!form.hasErrors()) {
            try {
                attachments.upload(id, request, received);
                return Response.seeOther(URI.create("/ui/applications/" + id)).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return casePage.refused(id, FORM, form);
    }

    @GET
    @Path("{attachment}")
    public Response download(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        return AttachmentResource.answer(attachments.download(id, attachment));
    }
}
