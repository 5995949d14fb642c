package cn.gov.disclosure.documents;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.common.Downloads;
import io.quarkus.security.Authenticated;

/** The case file (案卷) as one archive, to whoever may see the case. */
@Path("/api/applications/{id}/file.zip")
@Authenticated
@Tag(name = DocumentResource.TAG)
public class CaseFileResource {

    public static final String ZIP = "application/zip";

    @Inject
    CaseFile files;

    @GET
    @Produces(ZIP)
    @Operation(summary = "The case file (案卷): 目录.pdf, every letter as issued, every paper received, SHA256SUMS")
    @APIResponse(responseCode = "200", description = "The ZIP archive", content = @Content(mediaType = ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") UUID id) {
        return download(files.of(id));
    }

    /** The archive, saved under its name. */
    public static Response download(CaseFile.Archive archive) {
        return Response.ok(archive.zip(), ZIP).header("Content-Disposition",
                Downloads.contentDisposition("attachment", "case-file.zip", archive.name())).build();
    }
}
