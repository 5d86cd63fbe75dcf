package dev.fearless.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan that read nothing must not pass: unreadable paths given to scan stop it, unreadable files are counted. */
class UnreadableInputTest {

    @TempDir
    Path dir;

    private ScanOutcome scan(Path... paths) throws ScanException {
        return new ProjectScanner(List.of()).scan(new ScanRequest(List.of(paths), dir, null, null, null, null, null,
                null, 1, null, null, null));
    }

    private String refused(Path path) {
        return assertThrows(ScanException.class, () -> scan(path)).getMessage();
    }

    @Test
    void aGivenBrokenLink_cannotBeScanned() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("src"), dir.resolve("gone"));
        assertEquals("cannot read " + link + ": broken symbolic link", refused(link));
    }

    @Test
    void aGivenLinkLoop_cannotBeScanned() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        assertEquals("cannot read " + loop + ": broken symbolic link", refused(loop));
    }

    @Test
    void aGivenFolderThatCannotBeListed_cannotBeScanned() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("A.java"), "class A {}");
        Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(SourceDiscovererReadable.canList(src), "this user reads folders without permission (root)");
            assertEquals("cannot read " + src + ": permission denied", refused(src));
        } finally {
            Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aGivenFileThatCannotBeOpened_cannotBeScanned() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), "class A {}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "this user reads files without permission (root)");
            assertEquals("cannot read " + file + ": permission denied", refused(file));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void unreadableFilesUnderAFolder_areReportedAndCountedAsSkipped() throws IOException, ScanException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("A.java"), "class A {}");
        Files.writeString(src.resolve("Broken.java"), "class Broken {");
        Files.createSymbolicLink(src.resolve("Gone.java"), dir.resolve("nowhere.java"));
        ScanOutcome outcome = scan(src);
        assertEquals(1, outcome.result().filesAnalyzed());
        assertEquals(2, outcome.skipped());
        assertEquals(List.of("src/Broken.java: PARSE_ERROR", "src/Gone.java: UNREADABLE"),
                outcome.problems().stream().map(p -> p.path() + ": " + p.kind()).sorted().toList());
    }

    /** Whether this process can list a folder whatever its permissions (root can). */
    private static final class SourceDiscovererReadable {
        static boolean canList(Path folder) {
            try (var entries = Files.list(folder)) {
                return entries.count() >= 0;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
