package io.insidergraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The password of the embedded database's Bolt user {@code neo4j}: the configured one, or one made up on the first
 * start and kept in the data folder, readable by its owner only (so cypher-shell or Neo4j Browser can be given it,
 * and nobody else on the machine can read it).
 */
final class BoltPassword {

    static final String USER = "neo4j";
    static final String FILE = "bolt-password";
    /** Neo4j refuses shorter ones (dbms.security.auth_minimum_password_length). */
    private static final int MIN_LENGTH = 8;

    private final String value;
    private final @Nullable Path file;

    private BoltPassword(String value, @Nullable Path file) {
        this.value = value;
        this.file = file;
    }

    static BoltPassword of(Path home, @Nullable String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("insidergraph.embedded.bolt-password must have at least "
                        + MIN_LENGTH + " characters");
            }
            return new BoltPassword(configured, null);
        }
        var file = home.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                create(file);
            }
            return new BoltPassword(Files.readString(file).strip(), file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot keep the Bolt password in " + file.toAbsolutePath(), ex);
        }
    }

    private static void create(Path file) throws IOException {
        var random = new byte[18];
        new SecureRandom().nextBytes(random);
        var attributes = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try {
            Files.createFile(file, attributes);
        }
        catch (FileAlreadyExistsException ex) {
            return; // made by a process that started at the same moment: its password stands
        }
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
    }

    String value() {
        return value;
    }

    /**
     * Sets the password on the system database through the Java API (which needs no login). CREATE OR REPLACE,
     * not ALTER: Neo4j refuses an ALTER that sets the password it already has.
     */
    void apply(GraphDatabaseService system) {
        system.executeTransactionally("CREATE OR REPLACE USER " + USER
                + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", value));
    }

    String describe() {
        return "user " + USER + ", password " + (file == null ? "from insidergraph.embedded.bolt-password"
                : "in " + file.toAbsolutePath());
    }
}
