package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain git hook in {@code examples/git-hooks/pre-commit} checks what is committed (the index),
 * not the working tree, and handles any path. It runs against a real git repository with the
 * launcher replaced by a script that runs this build's {@code Main}.
 */
class GitHookTest {

    private static final Path HOOK = Path.of(System.getProperty("basedir", "."))
            .resolve("../examples/git-hooks/pre-commit").toAbsolutePath().normalize();

    private static final String BUG = """
            package demo;

            class Worker {
                void go() {
                    Thread th = new Thread(() -> { });
                    th.run();
                }
            }
            """;
    private static final String FIX = BUG.replace("th.run();", "th.start();");

    @TempDir
    Path repo;

    private Path launcher;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(available("git", "--version") && available("bash", "--version"), "git and bash are needed");
        launcher = repo.resolveSibling(repo.getFileName() + "-fearless.sh");
        Files.writeString(launcher, "#!/usr/bin/env sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.fearless.cli.Main \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        git("init", "-q");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        git("config", "core.quotepath", "true");
    }

    @Test
    void stagedBug_withTheFixLeftUnstaged_blocksTheCommit() throws Exception {
        write("src/demo/Worker.java", BUG);
        git("add", "src/demo/Worker.java");
        write("src/demo/Worker.java", FIX);
        Result r = hook();
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("src/demo/Worker.java:6:"), r.output());
    }

    @Test
    void stagedFix_withTheBugLeftUnstaged_passes() throws Exception {
        write("src/demo/Worker.java", FIX);
        git("add", "src/demo/Worker.java");
        write("src/demo/Worker.java", BUG);
        Result r = hook();
        assertEquals(0, r.exit(), r.output());
    }

    @Test
    void pathsWithSpacesAndNonAsciiCharacters_areChecked() throws Exception {
        String path = "src/my dir/Zähler €.java";
        write(path, BUG.replace("class Worker", "class Zähler"));
        git("add", path);
        Result r = hook();
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("src/my dir/Zähler €.java:6:"), r.output());
    }

    @Test
    void nothingStaged_passesWithoutRunningFearless() throws Exception {
        write("src/demo/Worker.java", BUG);
        Result r = hook();
        assertEquals(0, r.exit(), r.output());
    }

    private record Result(int exit, String output) {
    }

    private Result hook() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", HOOK.toString()).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("FEARLESS", launcher.toString());
        env.put("XDG_CACHE_HOME", repo.resolveSibling(repo.getFileName() + "-cache").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the hook did not finish");
        return new Result(p.exitValue(), output);
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + String.join(" ", args) + ": " + output);
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
