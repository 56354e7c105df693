package io.insidergraph.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an installed JDK of a given feature version or newer where the build looks for one (the pom's
 * {@code jdk25-toolchain} profile): every {@code JAVA*HOME} variable, the JDKs in {@code ~/.m2/toolchains.xml}, then
 * the usual install folders of Linux, macOS, Windows, SDKMAN, IntelliJ, Gradle and asdf. A JDK is a folder with a
 * {@code release} file naming its version and a {@code bin/java}. Of those found, the oldest that is new enough is
 * taken, since that is the version the app is built and tested with.
 */
final class JdkFinder {

    /** Replaces the install folders searched (separated by the platform's path separator), for tests. */
    static final String DIRS_PROPERTY = "insidergraph.jdk-dirs";

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(\\d+)");
    private static final Pattern JDK_HOME = Pattern.compile("<jdkHome>\\s*([^<]+?)\\s*</jdkHome>");

    private final int minimum;
    private final Map<String, String> environment;
    private final Path userHome;
    private final List<Path> installDirs;

    JdkFinder(int minimum, Map<String, String> environment, Path userHome, List<Path> installDirs) {
        this.minimum = minimum;
        this.environment = environment;
        this.userHome = userHome;
        this.installDirs = installDirs;
    }

    static JdkFinder forThisMachine(int minimum) {
        var userHome = Path.of(System.getProperty("user.home"));
        var dirs = System.getProperty(DIRS_PROPERTY);
        return new JdkFinder(minimum, System.getenv(), userHome, dirs != null ? split(dirs) : installDirs(userHome));
    }

    static List<Path> installDirs(Path home) {
        return List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt"),
                Path.of("/Library/Java/JavaVirtualMachines"), home.resolve("Library/Java/JavaVirtualMachines"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"), home.resolve(".gradle/jdks"),
                home.resolve(".asdf/installs/java"), Path.of("C:/Program Files/Java"),
                Path.of("C:/Program Files/Eclipse Adoptium"), Path.of("C:/Program Files/Microsoft"));
    }

    /** Where it looks, in words, for a message that says none was found. */
    String searched() {
        var places = new ArrayList<String>();
        places.add("JAVA_HOME, JAVA25_HOME (any JAVA*HOME variable)");
        places.add(userHome.resolve(".m2/toolchains.xml").toString());
        installDirs.forEach(dir -> places.add(dir.toString()));
        return String.join(", ", places);
    }

    /** The java executable of the oldest JDK found that is at least the minimum version. */
    Optional<Path> find() {
        return candidates().distinct()
                .filter(home -> version(home) >= minimum)
                .min(Comparator.comparingInt(JdkFinder::version).thenComparing(Comparator.naturalOrder()))
                .flatMap(JdkFinder::java);
    }

    private Stream<Path> candidates() {
        var variables = environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("JAVA") && e.getKey().endsWith("HOME"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Path.of(e.getValue()));
        var installed = installDirs.stream().flatMap(JdkFinder::children)
                .flatMap(dir -> Stream.of(dir, dir.resolve("Contents/Home")));
        return Stream.of(variables, toolchains(), installed).flatMap(s -> s);
    }

    private Stream<Path> toolchains() {
        var file = userHome.resolve(".m2/toolchains.xml");
        try {
            var matcher = JDK_HOME.matcher(Files.readString(file));
            var homes = new ArrayList<Path>();
            while (matcher.find()) {
                homes.add(Path.of(matcher.group(1)));
            }
            return homes.stream();
        }
        catch (IOException | RuntimeException ex) {
            return Stream.empty();
        }
    }

    private static Stream<Path> children(Path dir) {
        try (var list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
        catch (IOException | RuntimeException ex) {
            return Stream.empty();
        }
    }

    /** The feature version its {@code release} file names, or 0 when it has none. */
    static int version(Path home) {
        try {
            var matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    private static Optional<Path> java(Path home) {
        return Stream.of("bin/java", "bin/java.exe").map(home::resolve).filter(Files::isExecutable).findFirst();
    }

    private static List<Path> split(String dirs) {
        return Stream.of(dirs.split(Pattern.quote(java.io.File.pathSeparator))).filter(s -> !s.isBlank())
                .map(Path::of).toList();
    }
}
