package dev.fearless.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes whole files so that a reader sees either the old content or the new one, never half of it.
 * A new file gets the permissions any new file gets (the umask decides), an existing one keeps its
 * own; the temporary file is removed when the JVM exits (also on Ctrl-C), and ones left behind by
 * killed runs are removed by the next write.
 */
public final class AtomicFiles {

    /** Temporary files older than this are left over from a run that was killed. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    /** Writes to a temporary file beside the target, then renames it over the target. */
    public static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        removeStale(dir, prefix);
        Path temp = dir.resolve(prefix + UUID.randomUUID() + ".tmp");
        temp.toFile().deleteOnExit();
        try {
            // CREATE_NEW without explicit attributes: the file gets 0666 minus the umask, like any new file.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A report written over an existing one keeps the permissions its owner gave it. */
    private static void keepPermissions(Path existing, Path temp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.isRegularFile(existing)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    private static void removeStale(Path dir, String prefix) {
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob(prefix) + "*.tmp")) {
            for (Path p : leftovers) {
                FileTime modified = Files.getLastModifiedTime(p);
                if (modified.toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover we cannot list or remove does not stop the report from being written.
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
