package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.engine.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle that {@code mvn package} leaves in {@code cli/target}: both archives hold the jar,
 * both launchers, the README and the LICENSE under {@code fearless-VERSION/}, and the unpacked bundle
 * runs without Maven.
 */
class BundleIT {

    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target")
            .toAbsolutePath().normalize();
    private static final List<String> CONTENT = List.of("LICENSE", "README.md", "fearless", "fearless.cmd",
            "fearless.jar");

    @TempDir
    Path dir;

    private static String folder() {
        return "fearless-" + Version.current();
    }

    @Test
    void zip_holdsTheJarTheLaunchersTheReadmeAndTheLicense_withWindowsLineEndsForTheCmd() throws IOException {
        Path zip = TARGET.resolve(folder() + ".zip");
        assertTrue(Files.isRegularFile(zip), zip + " is missing");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            archive.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            names.sort(null);
            assertEquals(CONTENT.stream().map(n -> folder() + "/" + n).toList(), names);
            ZipEntry cmd = archive.getEntry(folder() + "/fearless.cmd");
            try (InputStream in = archive.getInputStream(cmd)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "fearless.cmd has CRLF line ends");
            }
        }
    }

    @Test
    void unpackedTarball_runsWithoutMaven() throws Exception {
        Path tarball = TARGET.resolve(folder() + ".tar.gz");
        assertTrue(Files.isRegularFile(tarball), tarball + " is missing");
        assertEquals(0, run(dir, "tar", "xzf", tarball.toString()).exit());
        Path home = dir.resolve(folder());
        List<String> names = new ArrayList<>();
        try (var files = Files.list(home)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        names.sort(null);
        assertEquals(CONTENT, names);
        assertTrue(Files.isExecutable(home.resolve("fearless")));

        Result version = run(dir, home.resolve("fearless").toString(), "--version");
        assertEquals(0, version.exit(), version::toString);
        assertEquals("fearless " + Version.current(), version.out().strip());
        assertEquals("", version.err(), "nothing is built");

        Files.writeString(dir.resolve("Bad.java"), "class Bad { void m() { Thread t = new Thread(() -> {}); t.run(); } }\n");
        Result scan = run(dir, home.resolve("fearless").toString(), "scan", "--no-cache", "Bad.java");
        assertEquals(1, scan.exit(), scan::toString);
        assertTrue(scan.out().contains("Bad.java:1:") && scan.out().contains("[ThreadRunCall]"), scan.out());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path where, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(where.toFile());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Path out = Files.createTempFile(where, "out", ".txt");
        Path err = Files.createTempFile(where, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
