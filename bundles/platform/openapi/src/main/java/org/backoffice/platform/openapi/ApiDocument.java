package org.backoffice.platform.openapi;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3.1 document of a set of JAX-RS resource classes, read by swagger-jaxrs2 from exactly those classes
 * (never a classpath scan): our operation ids, both ways to authenticate, and the RFC 9457 problem on every
 * operation's 4XX and 5XX answers.
 */
final class ApiDocument {

    static final String PROBLEM = "application/problem+json";

    private ApiDocument() {
    }

    static OpenAPI of(Collection<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title("Backoffice API").version(version)
                        .description("Every module installed now. Errors are RFC 9457 problem details."))
                .addServersItem(new Server().url("/api"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A user of the server's JAAS realm"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("BACKOFFICE_SESSION")
                                .description("The web console's session; a change also needs its X-CSRF-Token header")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).openAPI31(true).prettyPrint(true)
                .readAllResources(true);
        Reader reader = new Reader(config);
        OpenAPI api = reader.read(new LinkedHashSet<>(resources));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas("Problem", problemSchema());
        Set<String> used = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                operation.setOperationId(OperationIds.unique(OperationIds.of(path, operation.getOperationId()),
                        method.name(), used));
                addProblems(operation);
            }));
        }
        return api;
    }

    private static void addProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (Map.Entry<String, String> answer : Map.of("4XX", "The request was refused (the problem says why)",
                "5XX", "The server could not answer").entrySet()) {
            operation.getResponses().addApiResponse(answer.getKey(), new ApiResponse().description(answer.getValue())
                    .content(new Content().addMediaType(PROBLEM, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema fieldError = typed("object").addProperty("field", typed("string")).addProperty("message", typed("string"));
        return typed("object").description("RFC 9457 problem details")
                .addProperty("type", typed("string")).addProperty("title", typed("string"))
                .addProperty("status", typed("integer")).addProperty("detail", typed("string"))
                .addProperty("instance", typed("string"))
                .addProperty("errors", typed("array").items(fieldError));
    }

    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        Schema schema = new Schema<>(SpecVersion.V31);
        schema.setType(type);
        schema.addType(type);
        return schema;
    }
}
