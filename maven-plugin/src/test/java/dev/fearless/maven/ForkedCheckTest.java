package dev.fearless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.config.FailOn;
import dev.fearless.maven.ForkProtocol.Kind;
import dev.fearless.rule.JavaRelease;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM of {@code fearless:check}: its command line, the request it reads and the lines it writes. */
class ForkedCheckTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path REQUEST = Path.of("target", "fearless-request.properties");
    private static final List<Path> CLASSPATH = List.of(Path.of("/m2/plugin.jar"), Path.of("/m2/analyzer.jar"));

    @TempDir
    Path dir;

    @Test
    void childRunsForkMainWithTheLaunchersOptionsThenJvmArgs() {
        List<String> command = ForkedCheck.command(JAVA, List.of("-Xmx1g"), CLASSPATH, REQUEST);
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xss4m", "-Xmx1g",
                "-cp", "/m2/plugin.jar" + File.pathSeparator + "/m2/analyzer.jar", "dev.fearless.maven.ForkMain",
                REQUEST.toString()), command);
    }

    @Test
    void aCollectorInJvmArgs_replacesTheLaunchersCollector() {
        List<String> command = ForkedCheck.command(JAVA, List.of("-XX:+UseG1GC"), CLASSPATH, REQUEST);
        assertFalse(command.contains("-XX:+UseParallelGC"), command.toString());
        assertTrue(command.containsAll(List.of("-XX:TieredStopAtLevel=1", "-Xss4m", "-XX:+UseG1GC")), command.toString());
    }

    @Test
    void jvmArgsAreSeparatedByBlanks() {
        assertEquals(List.of("-Xmx1g", "-Xss8m"), ForkedCheck.splitJvmArgs("  -Xmx1g \t -Xss8m "));
        assertEquals(List.of(), ForkedCheck.splitJvmArgs(" "));
        assertEquals(List.of(), ForkedCheck.splitJvmArgs(null));
    }

    @Test
    void requestRoundTrip_keepsEverySetting() throws Exception {
        Check.Settings settings = new Check.Settings(List.of(Path.of("/p/src/main/java"), Path.of("/p/src/test/java")),
                Path.of("/p"), List.of("**/gen/**"), 3, List.of("UnguardedWrite"), List.of("ThisEscape", "a b"),
                Path.of("/p/base line.sarif"), Path.of("/p/target/fearless.sarif"), FailOn.ERROR,
                Path.of("/p/fearless.yml"), Path.of("/cache"), Path.of("/"), List.of(Path.of("/q/src/main/java")),
                JavaRelease.of(21));
        Path file = dir.resolve("request.properties");
        new ForkRequest(settings, true).write(file);
        assertEquals(new ForkRequest(settings, true), ForkRequest.read(file));
    }

    @Test
    void requestRoundTrip_keepsWhatIsNotSet() throws Exception {
        Check.Settings settings = new Check.Settings(List.of(Path.of("/p/src")), Path.of("/p"), null, null, null, null,
                null, Path.of("/p/out.sarif"), null, null, null);
        Path file = dir.resolve("request.properties");
        new ForkRequest(settings, false).write(file);
        assertEquals(new ForkRequest(settings, false), ForkRequest.read(file));
    }

    @Test
    void messageWithLineBreaksAndBackslashes_isOneLineAndDecodesToItself() {
        String text = "a\\nb\nc\r\nd\\";
        String line = ForkProtocol.encode(Kind.FAILURE, text);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertEquals(Optional.of(new ForkProtocol.Message(Kind.FAILURE, text)), ForkProtocol.decode(line));
    }

    @Test
    void otherOutput_isNoMessage() {
        assertTrue(ForkProtocol.decode("Error: Could not create the Java Virtual Machine.").isEmpty());
        assertTrue(ForkProtocol.decode("#fearless:nonsense text").isEmpty());
    }

    @Test
    void childOnThisJvm_reportsTheOutcomeAndFailsOnFindings(@TempDir Path project) throws Exception {
        Path main = project.resolve("src/main/java/demo");
        java.nio.file.Files.createDirectories(main);
        java.nio.file.Files.writeString(main.resolve("Counter.java"), """
                package demo;

                public class Counter {
                    void f() {
                        synchronized ("lock") {
                        }
                    }
                }
                """);
        Check.Settings settings = new Check.Settings(List.of(project.resolve("src/main/java")), project, null, 1, null,
                null, null, project.resolve("target/fearless.sarif"), null, null, null);
        Path request = project.resolve("request.properties");
        new ForkRequest(settings, true).write(request);
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        List<String> logged = new ArrayList<>();
        Optional<ForkedCheck.Ending> ending = ForkedCheck.run(
                ForkedCheck.command(ForkedCheck.javaOfThisJvm(), List.of(), classpath, request), project, recording(logged));
        assertEquals(ForkMain.FINDINGS, ending.orElseThrow().exitCode(), logged.toString());
        String failure = ending.get().failure().orElseThrow();
        assertTrue(failure.startsWith("fearless found ") && failure.contains(" at or above failOn=warning"), failure);
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("debug fearless: scanning in JVM ")
                && l.contains("-XX:TieredStopAtLevel=1")), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith(
                "warn src/main/java/demo/Counter.java:5:9: warning: [SyncOnSharedConstant] synchronized on")),
                logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("info fearless: ") && l.contains(" in 1 file, ")),
                logged.toString());
        assertTrue(java.nio.file.Files.isRegularFile(project.resolve("target/fearless.sarif")));
    }

    @Test
    void childThatCannotStart_isEmptyAfterAWarning(@TempDir Path project) {
        List<String> logged = new ArrayList<>();
        Optional<ForkedCheck.Ending> ending = ForkedCheck.run(ForkedCheck.command(ForkedCheck.javaOfThisJvm(),
                List.of("-XX:+NoSuchOptionAtAll"), CLASSPATH, REQUEST), project, recording(logged));
        assertTrue(ending.isEmpty());
        assertTrue(logged.get(logged.size() - 1).startsWith("warn fearless: could not start a JVM for the scan"),
                logged.toString());
    }

    private static BuildLog recording(List<String> logged) {
        return new BuildLog() {
            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(String message) {
                logged.add("debug " + message);
            }

            @Override
            public void info(String message) {
                logged.add("info " + message);
            }

            @Override
            public void warn(String message) {
                logged.add("warn " + message);
            }

            @Override
            public void error(String message) {
                logged.add("error " + message);
            }
        };
    }
}
