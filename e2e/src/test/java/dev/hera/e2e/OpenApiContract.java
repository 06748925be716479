package dev.hera.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The OpenAPI document the API serves at {@code /q/openapi}, held against what the API really
 * answers: as a REST Assured filter it checks every response that passes through it — that its
 * operation and status are documented and that a JSON body matches the documented schema — and
 * keeps what does not fit as violations for the test to assert on.
 */
final class OpenApiContract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Template> templates;
    private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Set<String> called = ConcurrentHashMap.newKeySet();

    private record Template(String path, Pattern pattern, int variables) {
    }

    OpenApiContract(JsonNode document) {
        this.document = document;
        String version = document.path("openapi").asText();
        this.schemas = SchemaRegistry.withDefaultDialect(version.startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31());
        List<Template> found = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> found.add(new Template(path,
                Pattern.compile(path.replaceAll("\\{[^/}]+}", "[^/]+")), path.split("\\{", -1).length - 1)));
        // A literal segment wins over a variable one: /photos/user before /photos/{name}.
        found.sort(Comparator.comparingInt(Template::variables));
        this.templates = List.copyOf(found);
    }

    /** The document the API serves. */
    /** The document the API serves at {@code <managementUrl>/q/openapi}. */
    static OpenApiContract of(String managementUrl) {
        try {
            return new OpenApiContract(JSON.readTree(URI.create(managementUrl + "/q/openapi?format=json").toURL()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the API serves no OpenAPI document", e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        violations.addAll(check(request.getMethod(), path, answer.statusCode(), answer.contentType(), answer.asString()));
        return answer;
    }

    /** What does not fit the document in one answer; empty when it fits. */
    List<String> check(String method, String path, int status, String contentType, String body) {
        String call = method + " " + path + " → " + status;
        Optional<Template> template = templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst();
        if (template.isEmpty()) {
            return List.of(call + ": the path is not documented");
        }
        JsonNode operation = document.path("paths").path(template.get().path()).path(method.toLowerCase(java.util.Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(call + ": " + method + " " + template.get().path() + " is not documented");
        }
        called.add(method.toUpperCase(java.util.Locale.ROOT) + " " + template.get().path());
        JsonNode documented = operation.path("responses").path(String.valueOf(status));
        if (documented.isMissingNode()) {
            documented = operation.path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            return List.of(call + ": the status is not documented for " + template.get().path());
        }
        if (contentType == null || !contentType.startsWith("application/json")) {
            return List.of();
        }
        JsonNode schema = documented.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(call + ": a JSON body where the document declares none");
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return List.of(call + ": the body is not JSON");
        }
        return compiled.computeIfAbsent(schema, this::compile).validate(value).stream()
                .map(error -> call + ": " + error).toList();
    }

    /** Violations seen so far, and forgets them. */
    List<String> drain() {
        synchronized (violations) {
            List<String> seen = List.copyOf(violations);
            violations.clear();
            return seen;
        }
    }

    /** The response schema as a document of its own that carries the components its references point to. */
    private Schema compile(JsonNode schema) {
        ObjectNode standalone = schema.deepCopy();
        standalone.set("components", document.path("components"));
        return schemas.getSchema(SchemaLocation.of("https://hera.invalid/openapi/response-" + compiled.size()), standalone);
    }

    /** The documented operations, as {@code METHOD path}, that no checked answer came from yet. */
    List<String> uncalled() {
        List<String> all = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> StreamSupport
                .stream(((Iterable<String>) path.getValue()::fieldNames).spliterator(), false)
                .map(method -> method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())
                .filter(operation -> !called.contains(operation))
                .forEach(all::add));
        return all;
    }
}
