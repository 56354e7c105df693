package io.insidergraph.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as the README runs it, {@code java -jar target/insidergraph.jar ...}: on this machine's default
 * {@code java} (/usr/bin/java, Java 17 here), where it used to fail with a raw UnsupportedClassVersionError, and on a
 * JDK 25. Run by failsafe after {@code package}; the tests of the default java are skipped where it is 25 or newer.
 */
class LauncherJarIT {

    private static final Path JAR = Path.of("target/insidergraph.jar");
    private static final Path DEFAULT_JAVA = Path.of("/usr/bin/java");
    private static final Path JDK25_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String UNSAFE_WARNING = "WARNING: A terminally deprecated method in sun.misc.Unsafe";

    @TempDir
    Path temp;

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").isRegularFile();
    }

    @Test
    void onTheDefaultJava17HelpComesFromTheApplicationOnAFoundJdk25() throws Exception {
        assumeOlderDefaultJava();
        var help = run(List.of(DEFAULT_JAVA.toString(), "-jar", JAR.toString(), "--help"), Map.of());
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage: insidergraph").contains("serve").contains("ingest").contains("fetch");
        assertThat(help.err()).doesNotContain("UnsupportedClassVersionError");
    }

    /**
     * The whole application (the embedded Neo4j included) on the default java: the JDK 25 it runs on gets the JVM
     * flags (so no Unsafe warning), and its exit code comes back (3: something was rejected).
     */
    @Test
    void onTheDefaultJava17IngestRunsWithTheJvmFlagsAndItsExitCodeComesBack() throws Exception {
        assumeOlderDefaultJava();
        var inputs = Files.createDirectories(temp.resolve("inputs"));
        Files.copy(Path.of("samples/filings/0000899243-17-024441.xml"), inputs.resolve("a.xml"));
        Files.writeString(inputs.resolve("notes.txt"), "just some notes");
        var ingest = run(List.of(DEFAULT_JAVA.toString(), "-jar", JAR.toString(), "ingest", inputs.toString(),
                "--insidergraph.data-dir=" + temp.resolve("data")), Map.of());
        assertThat(ingest.exitCode()).as(ingest.toString()).isEqualTo(3);
        assertThat(ingest.out()).contains("2 inputs: 1 ingested, 0 skipped (already stored), 1 rejected")
                .contains("rejected " + inputs.resolve("notes.txt"));
        assertThat(ingest.out() + ingest.err()).doesNotContain(UNSAFE_WARNING);
    }

    @Test
    void onTheDefaultJava17WithoutAJdk25ItSaysWhichToInstall() throws Exception {
        assumeOlderDefaultJava();
        var nowhere = Files.createDirectories(temp.resolve("no-jdks-here"));
        var help = run(List.of(DEFAULT_JAVA.toString(), "-D" + JdkFinder.DIRS_PROPERTY + "=" + nowhere,
                "-Duser.home=" + nowhere, "-jar", JAR.toString(), "--help"), withoutJavaHomes());
        assertThat(help.exitCode()).as(help.toString()).isEqualTo(1);
        assertThat(help.err()).startsWith("insidergraph needs Java 25 or newer, and this is Java 17 (")
                .contains("No JDK 25 was found in JAVA_HOME, JAVA25_HOME (any JAVA*HOME variable), "
                        + nowhere.resolve(".m2/toolchains.xml") + ", " + nowhere + ".")
                .contains("Install one, for example Temurin 25 from https://adoptium.net/temurin/releases/?version=25");
        assertThat(help.err()).doesNotContain("Exception").hasLineCount(1);
    }

    /** On a JDK 25 the same command works, without the flags (the launcher adds them) and with them (run here). */
    @Test
    void onJdk25ItRunsWithOrWithoutTheFlagsOnTheCommandLine() throws Exception {
        var without = run(List.of(JDK25_JAVA.toString(), "-jar", JAR.toString(), "--version"), Map.of());
        assertThat(without.exitCode()).as(without.toString()).isZero();
        assertThat(without.out()).startsWith("insidergraph ");
        var with = run(List.of(JDK25_JAVA.toString(), "--sun-misc-unsafe-memory-access=allow", "-jar", JAR.toString(),
                "--version"), Map.of());
        assertThat(with.exitCode()).as(with.toString()).isZero();
        assertThat(with.out()).isEqualTo(without.out());
    }

    /** This environment without any JAVA*HOME variable, each mapped to the empty value that removes it. */
    private static Map<String, String> withoutJavaHomes() {
        var env = new HashMap<String, String>();
        System.getenv().keySet().stream().filter(name -> name.startsWith("JAVA") && name.endsWith("HOME"))
                .forEach(name -> env.put(name, ""));
        return env;
    }

    private static void assumeOlderDefaultJava() throws IOException {
        assumeTrue(Files.isExecutable(DEFAULT_JAVA), DEFAULT_JAVA + " is not installed");
        assumeTrue(JdkFinder.version(DEFAULT_JAVA.toRealPath().getParent().getParent()) < Launcher.JAVA,
                DEFAULT_JAVA + " is already Java 25 or newer");
    }

    private record Result(int exitCode, String out, String err) {
    }

    /** Runs a command with this environment plus {@code env} (an empty value removes the variable). */
    private Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        var out = temp.resolve("out-" + System.nanoTime());
        var err = temp.resolve("err-" + System.nanoTime());
        var builder = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            }
            else {
                builder.environment().put(name, value);
            }
        });
        var process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
