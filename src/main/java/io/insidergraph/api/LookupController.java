package io.insidergraph.api;

import java.util.List;

import io.insidergraph.graph.Company;
import io.insidergraph.graph.Entity;
import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.FilingNode;
import io.insidergraph.graph.FilingQueries;
import io.insidergraph.graph.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lookups by identifier and by name; an identifier that names nothing answers null, not an error. */
@Controller
class LookupController {

    private final EntityQueries entities;
    private final FilingQueries filings;
    private final Arguments arguments;

    LookupController(EntityQueries entities, FilingQueries filings, Arguments arguments) {
        this.entities = entities;
        this.filings = filings;
        this.arguments = arguments;
    }

    @QueryMapping
    @Nullable FilingNode filing(@Argument String accessionNumber) {
        return filings.byAccessions(List.of(accessionNumber.strip())).get(accessionNumber.strip());
    }

    /** By CIK; an argument with a letter in it is taken as a ticker, so {@code company(cik: "TSLA")} finds Tesla. */
    @QueryMapping
    @Nullable Company company(@Argument String cik) {
        if (Arguments.isTicker(cik)) {
            return entities.byTicker(cik).orElse(null);
        }
        return entities.byCik(Arguments.cik("cik", cik)).orElse(null) instanceof Company company ? company : null;
    }

    @QueryMapping
    @Nullable Company companyByTicker(@Argument String ticker) {
        return entities.byTicker(ticker).orElse(null);
    }

    @QueryMapping
    @Nullable Person person(@Argument String cik) {
        return entities.byCik(Arguments.cik("cik", cik)).orElse(null) instanceof Person person ? person : null;
    }

    @QueryMapping
    List<Entity> search(@Argument String text, @Argument @Nullable Integer first) {
        return entities.search(arguments.searchText("text", text), arguments.first("first", first, 10));
    }
}
