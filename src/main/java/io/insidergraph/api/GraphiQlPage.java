package io.insidergraph.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, opening with tabs of example queries that work on the samples. Spring's stock page
 * takes no default queries, so this serves its page extended with them ({@code graphiql/insidergraph.html}) through
 * Spring's own handler; Boot's stock page is switched off in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

    @Bean
    RouterFunction<ServerResponse> graphiQlRouter(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        var handler = new GraphiQlHandler(graphQlPath, null, new ClassPathResource("graphiql/insidergraph.html"));
        return RouterFunctions.route().GET("/graphiql", handler::handleRequest).build();
    }
}
