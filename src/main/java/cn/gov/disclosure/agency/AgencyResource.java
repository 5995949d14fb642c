package cn.gov.disclosure.agency;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** Agencies and their departments; only admins change them. */
@Path("/api/agencies")
@Authenticated
@Tag(name = "Agencies", description = "Agencies (行政机关) and their departments (承办部门).")
public class AgencyResource {

    static final String CODE = "[A-Za-z0-9_-]{1,32}";

    @Inject
    AgencyService agencies;

    public record AgencyRequest(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = CODE) String parentCode) {
    }

    public record AgencyView(String code, String name, String parentCode) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.parentCode);
        }
    }

    public record DepartmentRequest(@NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 200) String name) {
    }

    public record DepartmentView(String code, String name, String agency) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.name, d.agencyCode);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an agency")
    @APIResponse(responseCode = "201", description = "The agency created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response create(@Valid @NotNull AgencyRequest request) {
        Agency agency = agencies.create(request.code(), request.name(), request.parentCode());
        return Response.created(URI.create("/api/agencies/" + agency.code)).entity(AgencyView.of(agency)).build();
    }

    @GET
    @Operation(summary = "List the agencies")
    public List<AgencyView> list() {
        return agencies.list().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("{code}/departments")
    @Operation(summary = "List an agency's departments")
    public List<DepartmentView> departments(@PathParam("code") String code) {
        return agencies.departments(code).stream().map(DepartmentView::of).toList();
    }

    @POST
    @Path("{code}/departments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a department of an agency")
    @APIResponse(responseCode = "201", description = "The department created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class)))
    public Response createDepartment(@PathParam("code") String code, @Valid @NotNull DepartmentRequest request) {
        Department department = agencies.createDepartment(code, request.code(), request.name());
        return Response.created(URI.create("/api/agencies/" + code + "/departments/" + department.code))
                .entity(DepartmentView.of(department)).build();
    }

    @GET
    @Path("{code}/profile")
    @Operation(summary = "Read what the agency's letters print about it",
            description = "Users see their own agency's; an admin any.")
    public AgencyProfile profile(@PathParam("code") String code) {
        return agencies.profile(code);
    }

    @PUT
    @Path("{code}/profile")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    @Operation(summary = "Set what the agency's letters print about it",
            description = "An admin for any agency, the office for its own. Letters issued before keep what they printed.")
    public AgencyProfile updateProfile(@PathParam("code") String code, @Valid @NotNull AgencyProfile profile) {
        return agencies.updateProfile(code, profile);
    }
}
