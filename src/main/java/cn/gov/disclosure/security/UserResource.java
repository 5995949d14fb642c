package cn.gov.disclosure.security;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** Accounts; admins create them, everyone may ask who they are. */
@Path("/api/users")
@Authenticated
@Tag(name = "Users", description = "Accounts, each with its roles and, but for a service-wide admin, its agency.")
public class UserResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    public record UserRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}") String username,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotEmpty Set<@NotNull @Pattern(regexp = "clerk|handler|office|admin") String> roles,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String agency,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String department) {
    }

    public record UserView(String username, Set<String> roles, String agency, String department) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a user",
            description = "Handlers need a department; only a pure admin may lack an agency.")
    @APIResponse(responseCode = "201", description = "The user created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public Response create(@Valid @NotNull UserRequest request) {
        users.create(request.username(), request.password(), request.roles(), request.agency(),
                request.department());
        return Response.created(URI.create("/api/users/" + request.username()))
                .entity(new UserView(request.username(), request.roles(), request.agency(), request.department()))
                .build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user: roles, agency and department")
    public UserView me() {
        AppUser user = currentUser.user();
        return new UserView(user.username, user.roleSet(), user.agencyCode, users.departmentCode(user));
    }
}
