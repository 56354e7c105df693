package io.insidergraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random HTTP port over the embedded Neo4j (Bolt on any free port), as every test base
 * that needs it starts it; the base adds the data folder, so that bases with different data get different databases.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"insidergraph.embedded.bolt-port=0", "insidergraph.samples=false",
                "insidergraph.embedded.page-cache=128m",
                "insidergraph.api-key=test-api-key",
                // the first plan of a statement takes seconds, and on a loaded machine (2 cores shared by several
                // builds) more than the default 10 s; no test here is about these limits, and both stay under the
                // testers' 60 s (Neo4jTestBase.RESPONSE_TIMEOUT)
                "insidergraph.query-timeout=45s", "insidergraph.request-timeout=55s",
                // lower than the default 100,000, so LimitsAndErrorsIT can pass it with the samples' 224 rows
                "insidergraph.limits.max-result-fields=20000"})
@AutoConfigureHttpGraphQlTester
public @interface ApplicationTest {
}
