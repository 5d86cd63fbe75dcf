package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code fearless} launcher, with {@code mvn} and {@code java} replaced by scripts that record how
 * they were called: it builds the jar in a clone when it is missing, prints no Maven output (and no
 * escape sequence) unless the build fails, and in a release bundle runs the jar beside it.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of(System.getProperty("basedir", "."))
            .resolve("../fearless").toAbsolutePath().normalize();
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private Path bin;
    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell is needed");
        bin = Files.createDirectories(dir.resolve("bin"));
        home = Files.createDirectories(dir.resolve("fearless"));
        Files.copy(LAUNCHER, home.resolve("fearless"));
        executable(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        assertTrue(file.toFile().setExecutable(true));
    }

    /** A Maven that writes colour codes on both streams, as Debian's Maven 3.8 does even with -B -q. */
    private void mvn(boolean succeeds) throws IOException {
        executable(bin.resolve("mvn"), "#!/bin/sh\n"
                + "echo \"$PWD $*\" > '" + dir.resolve("mvn-called") + "'\n"
                + "printf '\\033[0m\\033[0m'\nprintf '\\033[0m' >&2\n"
                + (succeeds ? "mkdir -p cli/target && : > cli/target/fearless.jar\n"
                        : "printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR in Foo.java\\n'\nexit 1\n"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = home.resolve("fearless").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("FEARLESS_JAVA_OPTS");
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void inAClone_withoutAJar_buildsItQuietly_andRunsIt() throws Exception {
        mvn(true);
        Run r = launch(Map.of(), "scan", "--version");
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains(ESC) || r.out().contains(ESC), "escape sequences: " + r);
        assertEquals("fearless: building " + home.resolve("cli/target/fearless.jar")
                + " with Maven (first use or sources changed)...\nfearless: built " + home.resolve("cli/target/fearless.jar")
                + "\n", r.err());
        assertEquals("java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m -jar " + home.resolve("cli/target/fearless.jar")
                + " scan --version\n", r.out());
        String called = Files.readString(dir.resolve("mvn-called"));
        assertTrue(called.startsWith(home + " -B -q -Dstyle.color=never -DskipTests -pl cli -am package"), called);
    }

    @Test
    void aFailedBuild_showsTheMavenLogWithoutEscapes_andExitsThree() throws Exception {
        mvn(false);
        Run r = launch(Map.of(), "--version");
        assertEquals(3, r.exit(), r::toString);
        assertFalse(r.err().contains(ESC), r.err());
        assertTrue(r.err().contains("[ERROR] COMPILATION ERROR in Foo.java\n"), r.err());
        assertTrue(r.err().endsWith("fearless: build failed\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void inARelease_runsTheJarBesideIt_withoutMaven_andHonoursTheJavaOptions() throws Exception {
        Files.writeString(home.resolve("fearless.jar"), "");
        Run r = launch(Map.of("FEARLESS_JAVA_OPTS", "-Xmx1g"), "rules");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        assertEquals("java -Xmx1g -jar " + home.resolve("fearless.jar") + " rules\n", r.out());
        assertFalse(Files.exists(dir.resolve("mvn-called")));
    }

    @Test
    void languageServer_runsWithTheFullJit_forItRunsForHours() throws Exception {
        Files.writeString(home.resolve("fearless.jar"), "");
        Run r = launch(Map.of(), "lsp", "--threads", "2");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("java -XX:+UseParallelGC -Xss4m -jar " + home.resolve("fearless.jar") + " lsp --threads 2\n", r.out());
    }
}
