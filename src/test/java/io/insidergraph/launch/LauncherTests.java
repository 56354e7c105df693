package io.insidergraph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the launcher runs the application, and which JDK it finds (on folders laid out as JDKs install). */
class LauncherTests {

    private static final List<String> FLAGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    @TempDir
    Path temp;

    @Test
    void theApplicationRunsInThisJvmOnlyOnJava25WithTheFlagAManifestCannotCarry() {
        assertThat(Launcher.runsHere(25, List.of("--sun-misc-unsafe-memory-access=allow", "-Xmx1g"), FLAGS)).isTrue();
        assertThat(Launcher.runsHere(26, List.of("--sun-misc-unsafe-memory-access=allow"), FLAGS)).isTrue();
        assertThat(Launcher.runsHere(25, List.of("-Xmx1g"), FLAGS)).as("no Unsafe flag").isFalse();
        assertThat(Launcher.runsHere(17, List.of("--sun-misc-unsafe-memory-access=allow"), FLAGS)).isFalse();
    }

    @Test
    void theJvmItStartsGetsThisOnesOptionsWithoutAgentsThenTheFlagsAndTheJar() {
        var command = Launcher.command(Path.of("/jdk25/bin/java"), FLAGS, Path.of("/x/insidergraph.jar"),
                new String[] {"ingest", "a b"});
        assertThat(command.getFirst()).isEqualTo("/jdk25/bin/java");
        assertThat(command.subList(command.size() - 6, command.size())).containsExactly(
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar",
                "/x/insidergraph.jar", "ingest", "a b");
        assertThat(command).noneMatch(option -> option.startsWith("-javaagent:") || option.startsWith("-agentlib:"));
        assertThat(command).as("each flag once").containsOnlyOnce(FLAGS.toArray(String[]::new));
    }

    @Test
    void findsTheOldestJdkThatIsNewEnoughAmongTheInstallFoldersAndJavaHomes() throws IOException {
        var jvm = Files.createDirectories(temp.resolve("jvm"));
        jdk(jvm.resolve("java-17-openjdk"), "17.0.15");
        jdk(jvm.resolve("temurin-26-jdk"), "26");
        jdk(jvm.resolve("temurin-25-jdk"), "25.0.1");
        Files.createDirectories(jvm.resolve("not-a-jdk"));
        var finder = new JdkFinder(25, Map.of(), temp, List.of(jvm));
        assertThat(finder.find()).contains(jvm.resolve("temurin-25-jdk/bin/java"));

        var elsewhere = jdk(temp.resolve("elsewhere"), "25");
        var fromVariable = new JdkFinder(25, Map.of("JAVA25_HOME", elsewhere.toString()), temp, List.of());
        assertThat(fromVariable.find()).contains(elsewhere.resolve("bin/java"));
    }

    @Test
    void findsAJdkOfMavensToolchainsAndOneLaidOutAsOnMacOs() throws IOException {
        var listed = jdk(temp.resolve("opt/jdk-25"), "25");
        Files.createDirectories(temp.resolve(".m2"));
        Files.writeString(temp.resolve(".m2/toolchains.xml"), """
                <toolchains><toolchain><type>jdk</type><provides><version>25</version></provides>
                <configuration><jdkHome> %s </jdkHome></configuration></toolchain></toolchains>""".formatted(listed));
        assertThat(new JdkFinder(25, Map.of(), temp, List.of()).find()).contains(listed.resolve("bin/java"));

        var machines = Files.createDirectories(temp.resolve("JavaVirtualMachines"));
        var mac = jdk(machines.resolve("temurin-25.jdk/Contents/Home"), "25.0.1");
        assertThat(new JdkFinder(25, Map.of(), temp.resolve("nobody"), List.of(machines)).find())
                .contains(mac.resolve("bin/java"));
    }

    @Test
    void noJdkNewEnoughIsNothingFoundAndTheMessageSaysWhereItLookedAndWhatToInstall() throws IOException {
        var jvm = Files.createDirectories(temp.resolve("jvm"));
        jdk(jvm.resolve("java-17-openjdk"), "17.0.15");
        var finder = new JdkFinder(25, Map.of("JAVA_HOME", jvm.resolve("java-17-openjdk").toString()), temp,
                List.of(jvm));
        assertThat(finder.find()).isEmpty();
        assertThat(Launcher.tooOld(finder)).contains("insidergraph needs Java 25 or newer")
                .contains("No JDK 25 was found in JAVA_HOME, JAVA25_HOME (any JAVA*HOME variable), "
                        + temp.resolve(".m2/toolchains.xml") + ", " + jvm + ".")
                .contains("for example Temurin 25 from https://adoptium.net/temurin/releases/?version=25");
    }

    /** A folder that looks like an installed JDK: a release file and an executable bin/java. */
    private static Path jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        var java = Files.createFile(home.resolve("bin/java"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(java).isExecutable();
        return home;
    }
}
