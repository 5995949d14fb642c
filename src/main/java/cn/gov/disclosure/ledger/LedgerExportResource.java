package cn.gov.disclosure.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.security.Roles;

/**
 * An agency's cases written as its ledger. Under {@code /api/applications}, beside the cases
 * themselves: the literal {@code ledger.xlsx} is matched before a case's {@code {id}}.
 */
@Path("/api/applications")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Tag(name = "Ledger")
public class LedgerExportResource {

    @Inject
    LedgerExport exports;

    @GET
    @Path("ledger.xlsx")
    @Produces(LedgerResource.XLSX)
    @Operation(summary = "The cases received in, closed in or open during a year, as a ledger (with its reviews)")
    public Response xlsx(@Parameter(description = "The agency; an office exports its own") @QueryParam("agency")
            String agency, @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        LedgerExport.Exported exported = exports.xlsx(agency, year);
        return LedgerResource.download(LedgerResource.XLSX, exported.name(), exported.content());
    }

    @GET
    @Path("ledger.csv")
    @Produces(LedgerResource.CSV)
    @Operation(summary = "The same cases as CSV (sheet 申请 alone)")
    public Response csv(@Parameter(description = "The agency; an office exports its own") @QueryParam("agency")
            String agency, @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year) {
        LedgerExport.Exported exported = exports.csv(agency, year);
        return LedgerResource.download(LedgerResource.CSV, exported.name(), exported.content());
    }
}
