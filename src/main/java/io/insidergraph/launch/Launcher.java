package io.insidergraph.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.jspecify.annotations.Nullable;

/**
 * The jar's start class (Spring Boot's loader, itself built for Java 17, hands over to it). The application needs
 * Java 25 and the JVM flags in the manifest's {@value #FLAGS_ATTRIBUTE} entry, one of which
 * ({@code --sun-misc-unsafe-memory-access}) a manifest cannot carry and an older {@code java} refuses. So when this
 * JVM is 25 or newer and was started with those flags (by {@code spring-boot:run}, say), the application runs here;
 * otherwise this starts the same jar on a JDK 25 it finds ({@link JdkFinder}) with the flags and this JVM's own
 * options, waits for it and exits with its exit code; and when there is none, it says which JDK to install.
 */
public final class Launcher {

    static final int JAVA = 25;
    static final String FLAGS_ATTRIBUTE = "Insidergraph-Jvm-Flags";
    static final String APPLICATION = "io.insidergraph.InsidergraphApplication";
    /** Set for the JVM this starts, with this one's process id: it then never starts another, and ends with this. */
    static final String PARENT = "INSIDERGRAPH_LAUNCHER_PID";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        var jar = ownJar();
        var flags = jar == null ? List.<String>of() : flags(jar);
        boolean here = runsHere(Runtime.version().feature(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                flags);
        if (here || jar == null || System.getenv(PARENT) != null) {
            if (Runtime.version().feature() < JAVA) {
                System.err.println(tooOld(JdkFinder.forThisMachine(JAVA)));
                System.exit(1);
            }
            endWithParent();
            runApplication(args);
            return;
        }
        var finder = JdkFinder.forThisMachine(JAVA);
        var java = finder.find();
        if (java.isEmpty()) {
            System.err.println(tooOld(finder));
            System.exit(1);
        }
        System.exit(run(command(java.get(), flags, jar, args)));
    }

    /**
     * Whether a JVM of this feature version, started with these options, can run the application: Java 25 or newer,
     * with each flag a manifest cannot carry (the jar's manifest grants the {@code --add-opens} and
     * {@code --enable-native-access} ones to a {@code -jar} launch).
     */
    static boolean runsHere(int feature, List<String> jvmOptions, List<String> flags) {
        return feature >= JAVA && flags.stream()
                .filter(flag -> !flag.startsWith("--add-opens") && !flag.startsWith("--enable-native-access"))
                .allMatch(jvmOptions::contains);
    }

    /** The JVM to start: this one's options (without agents, which would attach twice), the flags, the jar. */
    static List<String> command(Path java, List<String> flags, Path jar, String[] args) {
        var command = new ArrayList<String>();
        command.add(java.toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib:") && !option.startsWith("-agentpath:")
                        && !option.startsWith("-javaagent:") && !flags.contains(option))
                .forEach(command::add);
        command.addAll(flags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Runs it with this terminal (so a progress bar and Ctrl-C work as they would without it) and, should this
     * JVM be stopped, stops it too and waits for it to shut down cleanly.
     */
    private static int run(List<String> command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
        var child = builder.start();
        var stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(2, TimeUnit.MINUTES);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "insidergraph-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stopChild); // a no-op once the child has ended
        return child.waitFor();
    }

    /** Started by a launcher that is then killed outright: end too, rather than serve on with nobody to stop it. */
    private static void endWithParent() {
        var parent = System.getenv(PARENT);
        if (parent != null) {
            try {
                ProcessHandle.of(Long.parseLong(parent)).ifPresent(handle -> handle.onExit()
                        .thenRun(() -> System.exit(143)));
            }
            catch (NumberFormatException ex) {
                // not set by a launcher: nothing to follow
            }
        }
    }

    private static void runApplication(String[] args) throws Exception {
        var main = Class.forName(APPLICATION, true, Launcher.class.getClassLoader())
                .getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        }
        catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw ex;
        }
    }

    static String tooOld(JdkFinder finder) {
        return "insidergraph needs Java " + JAVA + " or newer, and this is Java " + Runtime.version().feature()
                + " (" + System.getProperty("java.home") + "). No JDK " + JAVA + " was found in " + finder.searched()
                + ". Install one, for example Temurin " + JAVA + " from https://adoptium.net/temurin/releases/?version="
                + JAVA + " (Debian/Ubuntu: the temurin-" + JAVA + "-jdk package from packages.adoptium.net), then run "
                + "the same command again; if it lives somewhere else, point JAVA25_HOME at it.";
    }

    /** The jar this runs from, when started with {@code java -jar}. */
    private static @Nullable Path ownJar() {
        var classPath = System.getProperty("java.class.path", "");
        return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                ? Path.of(classPath).toAbsolutePath() : null;
    }

    private static List<String> flags(Path jar) throws IOException {
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            var value = manifest == null ? null : manifest.getMainAttributes().getValue(FLAGS_ATTRIBUTE);
            return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        }
    }
}
