package io.insidergraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.insidergraph.graph.InvalidQueryException;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.RoleNetworkReader;
import io.insidergraph.network.NetworkKind;
import io.insidergraph.network.NetworkRequest;
import io.insidergraph.network.NetworkService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the whole graph's role network to a file as it is read from the database, so memory stays bounded
 * whatever the graph's size: first into a temporary file beside the target, moved into place only once complete, so
 * a failed export never leaves a half-written file under the name asked for.
 */
@Component
public class NetworkFiles {

    private final RoleNetworkReader roleNetwork;
    private final NetworkService networks;

    NetworkFiles(RoleNetworkReader roleNetwork, NetworkService networks) {
        this.roleNetwork = roleNetwork;
        this.networks = networks;
    }

    /** What an export wrote. */
    public record Written(Path file, ExportFormat format, long nodes, long edges, long bytes, Duration took) {

        public String describe() {
            return String.format("Wrote %,d nodes and %,d edges (%s, %,d bytes) to %s in %.1f s", nodes, edges,
                    format.extension(), bytes, file, took.toMillis() / 1000.0);
        }
    }

    /**
     * The role network of {@code roles} (every role when empty) into {@code file}.
     *
     * @param limit the longest the database read may take, null for no limit
     */
    public Written writeRoleNetwork(Collection<Role> roles, ExportFormat format, Path file, @Nullable Duration limit)
            throws IOException {
        long started = System.nanoTime();
        var target = file.toAbsolutePath();
        var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            var nodes = new AtomicLong();
            var edges = new AtomicLong();
            try (var out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                roleNetwork.read(roles, limit, (nodeStream, edgeStream) -> {
                    try {
                        format.write(NetworkExports.roleNetwork(name(roles),
                                nodeStream.peek(node -> nodes.incrementAndGet()),
                                edgeStream.peek(edge -> edges.incrementAndGet())), out);
                        return null;
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
            catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, format, nodes.get(), edges.get(), Files.size(target),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A board network or an insider network (computed with its metrics as the API's boardNetwork and
     * insiderNetwork are, within insidergraph.network.max-nodes) into {@code file}.
     */
    public Written writeProjected(NetworkRequest request, ExportFormat format, Path file) throws IOException {
        long started = System.nanoTime();
        if (request.limit() > networks.settings().maxNodes()) {
            throw new InvalidQueryException("limit must be at most " + networks.settings().maxNodes()
                    + " (insidergraph.network.max-nodes), was " + request.limit());
        }
        var network = networks.network(request);
        var role = request.role().name().toLowerCase(Locale.ROOT);
        var asOf = request.tenure().asOf() == null ? "" : "-" + request.tenure().asOf();
        var export = request.kind() == NetworkKind.BOARD
                ? NetworkExports.boardNetwork("board-network-" + role + asOf, network)
                : NetworkExports.insiderNetwork("insider-network-" + role + asOf, network);
        return writeAtomically(file, format, export, network.nodes().size(), network.edges().size(), started);
    }

    private static Written writeAtomically(Path file, ExportFormat format, NetworkExport export, long nodes,
            long edges, long started) throws IOException {
        var target = file.toAbsolutePath();
        var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (var out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                format.write(export, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, format, nodes, edges, Files.size(target),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String name(Collection<Role> roles) {
        return roles.isEmpty() ? "role-network"
                : "role-network-" + String.join("-", roles.stream().map(Role::name).sorted().toList());
    }
}
