package io.insidergraph.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The explorer at {@code /explore} ({@code static/explore/}: a page drawing the API's networks with Cytoscape.js,
 * served with its scripts by the app, linked from the start page at {@code /}).
 */
@Configuration(proxyBeanMethods = false)
class ExplorerPage {

    @Bean
    RouterFunction<ServerResponse> explorerRouter() {
        var page = new ClassPathResource("static/explore/index.html");
        return RouterFunctions.route().GET("/explore", request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML).body(page)).build();
    }
}
