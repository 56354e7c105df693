package io.insidergraph.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.NetworkExport;
import io.insidergraph.export.NetworkExports;
import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/{network}.{format}}: every network the API draws as a file, with the arguments, defaults and
 * limits of its GraphQL field (this calls the field's own controller method), downloaded under a name that says
 * what it holds. The network is read before the answer starts, so a bad argument is a 400 with a message; then it
 * is streamed to the client in the chosen format.
 */
@RestController
class ExportController {

    private final NetworkController network;
    private final NetworkAnalysisController analysis;
    private final EntityQueries entities;

    ExportController(NetworkController network, NetworkAnalysisController analysis, EntityQueries entities) {
        this.network = network;
        this.analysis = analysis;
        this.entities = entities;
    }

    @GetMapping("/export/neighborhood.{format}")
    ResponseEntity<StreamingResponseBody> neighborhood(@PathVariable String format, @RequestParam String cik,
            @RequestParam(required = false) @Nullable Integer hops,
            @RequestParam(required = false) @Nullable List<Role> roles,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Integer graceDays,
            @RequestParam(required = false) @Nullable Integer limit) {
        var type = format(format);
        var answer = network.neighborhood(cik, hops, roles, asOf, graceDays, limit);
        return file(type, NetworkExports.of(name("neighborhood", Arguments.cik("cik", cik), asOf), answer));
    }

    @GetMapping("/export/shortest-path.{format}")
    ResponseEntity<StreamingResponseBody> shortestPath(@PathVariable String format, @RequestParam String fromCik,
            @RequestParam String toCik, @RequestParam(required = false) @Nullable Integer maxHops) {
        var type = format(format);
        var path = network.shortestPath(fromCik, toCik, maxHops);
        if (path == null) {
            throw new ExportNotFoundException("No chain of role edges between " + fromCik + " and " + toCik
                    + " within " + Arguments.orDefault(maxHops, 6) + " hops");
        }
        var name = "shortest-path-" + Arguments.cik("fromCik", fromCik) + "-" + Arguments.cik("toCik", toCik);
        return file(type, NetworkExports.of(name, path));
    }

    @GetMapping("/export/interlocks.{format}")
    ResponseEntity<StreamingResponseBody> interlocks(@PathVariable String format, @RequestParam String cik,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Integer graceDays) {
        var type = format(format);
        var interlocks = network.interlocks(cik, role, asOf, graceDays);
        var key = Arguments.cik("cik", cik);
        var company = entities.companies(List.of(key)).get(key);
        if (company == null) {
            throw new ExportNotFoundException("No company with CIK " + key);
        }
        var chosen = Arguments.orDefault(role, Role.DIRECTOR);
        return file(type, NetworkExports.of(name("interlocks-" + chosen.name().toLowerCase(Locale.ROOT), key,
                asOf), company, chosen, interlocks));
    }

    /** GET for links; POST (a form field {@code ciks}) for views too large for a URL. */
    @RequestMapping(path = "/export/subgraph.{format}", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<StreamingResponseBody> subgraph(@PathVariable String format, @RequestParam List<String> ciks,
            @RequestParam(required = false) @Nullable List<Role> roles,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable Integer graceDays) {
        var type = format(format);
        var answer = network.subgraph(ciks, roles, asOf, graceDays);
        return file(type, NetworkExports.of(asOf == null ? "subgraph" : "subgraph-" + asOf, answer));
    }

    @GetMapping("/export/board-network.{format}")
    ResponseEntity<StreamingResponseBody> boardNetwork(@PathVariable String format, ProjectionArguments arguments) {
        var type = format(format);
        var answer = analysis.boardNetwork(arguments.role(), arguments.asOf(), arguments.from(), arguments.to(),
                arguments.graceDays(), arguments.minShared(), arguments.limit());
        return file(type, NetworkExports.boardNetwork(arguments.name("board-network"), answer));
    }

    @GetMapping("/export/insider-network.{format}")
    ResponseEntity<StreamingResponseBody> insiderNetwork(@PathVariable String format, ProjectionArguments arguments) {
        var type = format(format);
        var answer = analysis.insiderNetwork(arguments.role(), arguments.asOf(), arguments.from(), arguments.to(),
                arguments.graceDays(), arguments.minShared(), arguments.limit());
        return file(type, NetworkExports.insiderNetwork(arguments.name("insider-network"), answer));
    }

    /** The arguments of boardNetwork and insiderNetwork, as query parameters of the same names. */
    record ProjectionArguments(@Nullable Role role,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer graceDays,
            @Nullable Integer minShared, @Nullable Integer limit) {

        /** e.g. board-network-director-2022-12-31, or ...-2020-01-01-2020-12-31 for a period. */
        String name(String network) {
            var name = new StringBuilder(network).append('-')
                    .append(Arguments.orDefault(role, Role.DIRECTOR).name().toLowerCase(Locale.ROOT));
            for (var date : Arrays.asList(asOf, from, to)) {
                if (date != null) {
                    name.append('-').append(date);
                }
            }
            return name.toString();
        }
    }

    private static ExportFormat format(String extension) {
        return ExportFormat.ofExtension(extension).orElseThrow(() -> new ExportNotFoundException(
                "No export format '" + extension + "'; the formats are " + ExportFormat.extensions()));
    }

    private static String name(String network, String cik, @Nullable LocalDate asOf) {
        return network + "-" + cik + (asOf == null ? "" : "-" + asOf);
    }

    private static ResponseEntity<StreamingResponseBody> file(ExportFormat format, NetworkExport export) {
        var disposition = ContentDisposition.attachment().filename(format.fileName(export.name())).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> format.write(export, out));
    }
}
