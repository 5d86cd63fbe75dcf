package dev.fearless.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void newReport_getsThePermissionsTheUmaskGives_notOwnerOnly() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "needs a POSIX file system");
        Path probe = dir.resolve("probe");
        try (OutputStream out = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
            out.write(1);
        }
        Path report = dir.resolve("fearless.sarif");
        AtomicFiles.write(report, "{}");
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(report));
        assertEquals("{}", Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void rewrittenReport_keepsItsOwnPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "needs a POSIX file system");
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(report, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals("new", Files.readString(report));
    }

    @Test
    void leftoversOfKilledRuns_areRemoved_recentOnesKept() throws IOException {
        Path stale = dir.resolve(".report.txt.1234.tmp");
        Path recent = dir.resolve(".report.txt.5678.tmp");
        Path other = dir.resolve(".other.txt.1234.tmp");
        for (Path p : new Path[] {stale, recent, other}) {
            Files.writeString(p, "half");
        }
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(stale, old);
        Files.setLastModifiedTime(other, old);
        AtomicFiles.write(dir.resolve("report.txt"), "done");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(other));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "the report and the two kept leftovers, no new temporary file");
        }
    }
}
