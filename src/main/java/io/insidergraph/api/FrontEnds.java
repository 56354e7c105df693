package io.insidergraph.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access for front ends served from elsewhere: the origins of {@code insidergraph.cors.allowed-origins}
 * (patterns; by default localhost and 127.0.0.1 on any port) may call the GraphQL endpoint, its schema and the
 * exports. The mutation stays out of reach of another origin unless the caller sends the API key
 * ({@link CrossOriginMutations}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FrontEnds.Cors.class)
class FrontEnds implements WebMvcConfigurer {

    private final Cors cors;

    FrontEnds(Cors cors) {
        this.cors = cors;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (cors.allowedOrigins().isEmpty()) {
            return;
        }
        var origins = cors.allowedOrigins().toArray(String[]::new);
        registry.addMapping("/graphql").allowedOriginPatterns(origins).allowedMethods("GET", "POST")
                .allowedHeaders("Content-Type", "Accept", "X-API-Key").maxAge(3600);
        registry.addMapping("/graphql/schema").allowedOriginPatterns(origins).allowedMethods("GET");
        registry.addMapping("/export/**").allowedOriginPatterns(origins).allowedMethods("GET", "POST")
                .exposedHeaders("Content-Disposition");
    }

    /**
     * @param allowedOrigins origin patterns ({@code https://*.example.org}, {@code http://localhost:[*]}); empty
     * turns cross-origin access off
     */
    @ConfigurationProperties("insidergraph.cors")
    record Cors(List<String> allowedOrigins) {
        Cors {
            allowedOrigins = allowedOrigins == null ? List.of("http://localhost:[*]", "http://127.0.0.1:[*]")
                    : List.copyOf(allowedOrigins);
        }
    }
}
