package io.insidergraph.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET ({@code /graphql?query=...&variables=...&operationName=...}, as the GraphQL over HTTP
 * specification has it), for queries only: links, caches and tools that only GET. Spring for GraphQL answers POST
 * only, so this turns a GET into the POST it stands for and hands it to the same handler, with the same
 * interceptors, limits and error rules. A mutation over GET is refused with 405 (a GET must never change anything).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGet {

    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> graphQlGetRouter(@Value("${spring.graphql.http.path:/graphql}") String path,
            GraphQlHttpHandler handler) {
        return RouterFunctions.route().GET(path, request -> get(request, handler)).build();
    }

    static ServerResponse get(ServerRequest request, GraphQlHttpHandler handler) throws ServletException {
        var query = request.param("query").orElse(null);
        if (query == null || query.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "A GET request needs the query parameter 'query'");
        }
        var operationName = request.param("operationName").filter(name -> !name.isBlank()).orElse(null);
        var body = new LinkedHashMap<String, @Nullable Object>();
        body.put("query", query);
        body.put("operationName", operationName);
        try {
            body.put("variables", json(request.param("variables"), "variables"));
            body.put("extensions", json(request.param("extensions"), "extensions"));
        }
        catch (IllegalArgumentException ex) {
            return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
        var operation = Operations.kind(query, operationName);
        if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                            "A " + operation.get().name().toLowerCase(Locale.ROOT)
                                    + " cannot be sent with GET; use POST"));
        }
        var post = ServerRequest.from(request).method(HttpMethod.POST)
                .headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
                .body(JsonMapper.shared().writeValueAsString(body)).build();
        return handler.handleRequest(post);
    }

    private static @Nullable Map<String, Object> json(Optional<String> parameter, String name) {
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            return null;
        }
        try {
            return JsonMapper.shared().readValue(parameter.get(), JsonMapper.shared().getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The query parameter '" + name + "' must be a JSON object: "
                    + ex.getOriginalMessage(), ex);
        }
    }

    private static ServerResponse problem(HttpStatus status, @Nullable String detail) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
