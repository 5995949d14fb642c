package cn.gov.disclosure.documents;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The letters issued on a case, to whoever may see it. */
@Path("/api/applications/{id}/documents")
@Authenticated
@Tag(name = DocumentResource.TAG, description = "The letters issued on each step (文书): numbered, kept as issued,"
        + " as PDF.")
public class CaseDocumentsResource {

    public record DocumentList(List<DocumentView> items) {
    }

    @Inject
    DocumentQueries documents;

    @GET
    @Operation(summary = "List the letters issued on a case, in the order issued")
    public DocumentList list(@PathParam("id") UUID caseId) {
        return new DocumentList(documents.ofCase(caseId));
    }
}
