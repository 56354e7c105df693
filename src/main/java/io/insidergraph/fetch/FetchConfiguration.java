package io.insidergraph.fetch;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The fetch beans. The {@code fetch} command starts a context of this class alone, without the database, so that
 * fetching works while {@code serve} holds the embedded store; the application's component scan also finds it, and
 * {@link Lazy} keeps {@code serve} from building an HTTP client (and asking for a User-Agent) it never uses.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
@EnableConfigurationProperties(EdgarProperties.class)
public class FetchConfiguration {

    /** EDGAR's days (index files, feed archives) are days in Washington. */
    public static final ZoneId EDGAR_ZONE = ZoneId.of("America/New_York");

    @Bean(destroyMethod = "close")
    EdgarFetcher edgarFetcher(EdgarProperties properties) {
        return new EdgarFetcher(properties, Clock.system(EDGAR_ZONE));
    }
}
