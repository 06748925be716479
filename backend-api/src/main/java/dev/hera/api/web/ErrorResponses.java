package dev.hera.api.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.hera.api.access.SignedImageLinks;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter.RunStage;

/**
 * The error answers of the OpenAPI document, written from {@link ErrorCode}: an operation names
 * the codes it can answer with ({@code @Extension(name = ERRORS, value = "CODE CODE ...")}), and
 * each status gets its response here, described by its codes' sentences, with the one
 * {@value #SCHEMA} schema. Every operation under a session also answers INVALID_SESSION_ID,
 * AUTHENTICATION_REQUIRED and
 * SESSION_NOT_FOUND, and needs the session token. It depends on nothing known only at run time, so it
 * runs when the application is built: the service then starts without filtering the document.
 */
@OpenApiFilter(stages = RunStage.BUILD)
public class ErrorResponses implements OASFilter {

    /** The operation extension that lists its error codes; removed from the published document. */
    public static final String ERRORS = "x-hera-errors";
    /** The name of the error body's schema. */
    static final String SCHEMA = "Error";
    /** The security scheme of a session's routes: the token returned when the session was created. */
    static final String SESSION_TOKEN = "session_token";
    private static final List<ErrorCode> UNDER_A_SESSION = List.of(ErrorCode.INVALID_SESSION_ID,
            ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.SESSION_NOT_FOUND);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(SCHEMA, errorSchema());
        openAPI.getComponents().addSecurityScheme(SESSION_TOKEN, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The session_token of POST /api/sessions (HERA_API_AUTH=token, the default); with "
                        + "HERA_API_AUTH=oidc the identity provider's JWT instead (POST and GET /api/sessions too); with "
                        + "HERA_API_AUTH=none no credential is asked for."));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            boolean underASession = path.contains("{sessionId}");
            declare(operation, underASession);
            if (underASession) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SESSION_TOKEN));
                if (isSignedLinkTarget(operation)) {
                    // An image also opens with the expires and signature of a link the API handed out.
                    operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
                }
            }
        }));
    }

    private static boolean isSignedLinkTarget(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> SignedImageLinks.SIGNATURE.equals(parameter.getName()));
    }

    private static void declare(Operation operation, boolean underASession) {
        Set<ErrorCode> codes = new LinkedHashSet<>();
        if (underASession) {
            codes.addAll(UNDER_A_SESSION);
        }
        // SmallRye copies a method's extension onto the operation and the parts it documents.
        List<Extensible<?>> carriers = new ArrayList<>(List.of(operation, operation.getResponses()));
        carriers.addAll(operation.getResponses().getAPIResponses().values());
        if (operation.getRequestBody() != null) {
            carriers.add(operation.getRequestBody());
        }
        if (operation.getParameters() != null) {
            carriers.addAll(operation.getParameters());
        }
        for (Extensible<?> carrier : carriers) {
            Map<String, Object> extensions = carrier.getExtensions();
            Object declared = extensions == null ? null : extensions.get(ERRORS);
            if (declared != null) {
                Arrays.stream(declared.toString().trim().split("[\\s,]+")).map(ErrorCode::valueOf).forEach(codes::add);
                carrier.removeExtension(ERRORS);
            }
        }
        Map<Integer, List<ErrorCode>> byStatus = codes.stream()
                .collect(Collectors.groupingBy(ErrorCode::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, withStatus) -> operation.getResponses().addAPIResponse(String.valueOf(status),
                OASFactory.createAPIResponse()
                        .description(withStatus.stream().map(code -> code.name() + ": " + code.message(Language.EN))
                                .collect(Collectors.joining(" | ")))
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))))));
    }

    /** {@code {error, code, status: "error", ...}}: some errors add fields (the turn, the missing fields). */
    private static Schema errorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Every error answer: a sentence for a person in the session's language, a machine code, "
                        + "status \"error\"; some add fields (turn_id and poll_url of a turn, the missing fields of an "
                        + "incomplete profile)")
                .addProperty("error", text)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(Arrays.stream(ErrorCode.values()).map(code -> (Object) code.name()).toList()))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("error")))
                .required(List.of("error", "code", "status"));
    }
}
