package dev.fearless.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar fearless.jar lsp} as an editor starts it: the protocol alone on standard output, the
 * workspace's findings published after {@code initialize}, and exit code 0 after shutdown and exit.
 */
@Timeout(180)
class LanguageServerProcessIT {

    private static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target/fearless.jar")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void server_speaksTheProtocolOnStandardOutput_andExitsWithZeroAfterShutdown() throws IOException,
            InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing");
        Path file = dir.resolve("Bad.java");
        Files.writeString(file, "class Bad { void go(Thread th) { th.run(); } }\n");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "lsp", "--no-cache", "--threads", "1")
                .redirectError(err.toFile()).start();
        try {
            LspClient client = new LspClient(process.getInputStream(), process.getOutputStream());
            client.initialize(true, dir);
            PublishDiagnosticsParams published = client.awaitDiagnostics(file, p -> true);
            assertEquals(List.of("ThreadRunCall"), published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
            client.close();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit");
            assertEquals(0, process.exitValue(), () -> read(err));
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
