package dev.fearless.engine;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.FactsCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A fact cache in a folder: one compressed file per key, in a subfolder named by the key's first two
 * characters. Entries are written to a temporary file and renamed into place, so two runs at once
 * never see half an entry; an entry that cannot be read (corrupt, from an older format) is a miss.
 * Entries are dated by their last use, and {@link #prune} removes those unused for a long time, so
 * the folder does not grow without bound as files change.
 *
 * <p>Entries are in {@link FactsCodec}'s format, deflated. The folder may be writable by others (a
 * shared CI cache, a home folder restored from an archive): that format can only describe fact records,
 * and an entry larger than {@link #MAX_ENTRY_BYTES} once inflated, damaged, or of another version is a
 * miss.
 */
public final class DirectoryFactCache implements FactCache {

    /** Entries unused for this long are removed by {@link #prune}. */
    public static final Duration UNUSED_LIMIT = Duration.ofDays(30);
    /** The largest inflated entry read; the facts of the largest generated sources take a few MiB. */
    static final int MAX_ENTRY_BYTES = 256 << 20;
    private static final Duration REFRESH = Duration.ofDays(1);
    private static final String PRUNE_MARKER = ".pruned";
    private static final String FACTS = ".facts";
    private static final String RESULT = ".result";

    private final Path root;

    public DirectoryFactCache(Path root) {
        this.root = root;
    }

    /** The conventional per-user cache folder: $XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%, or ~/.cache. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "fearless");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "fearless");
        }
        String local = System.getenv("LOCALAPPDATA");
        if (os.contains("win") && local != null) {
            return Path.of(local, "fearless", "cache");
        }
        return Path.of(home, ".cache", "fearless");
    }

    @Override
    public FileFacts load(String key) {
        Path file = entry(key, FACTS);
        byte[] bytes = read(file);
        if (bytes == null) {
            return null;
        }
        try {
            FileFacts facts = FactsCodec.decode(bytes);
            markUsed(file);
            return facts;
        } catch (IOException | RuntimeException e) {
            // corrupt, or of another format (FactsCodec.FormatException): a miss
            return null;
        }
    }

    @Override
    public byte[] loadResult(String key) {
        Path file = entry(key, RESULT);
        byte[] bytes = read(file);
        if (bytes != null) {
            try {
                markUsed(file);
            } catch (IOException e) {
                // dated again on the next use
            }
        }
        return bytes;
    }

    @Override
    public void storeResult(String key, byte[] result) {
        write(entry(key, RESULT), key, result);
    }

    /** An entry's bytes, inflated; {@code null} when absent, unreadable or too large. */
    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
            return bytes.length > MAX_ENTRY_BYTES ? null : bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Dates an entry by its use, at most once a day so that a warm run does not rewrite every entry's time. */
    private static void markUsed(Path file) throws IOException {
        Instant now = Instant.now();
        if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(REFRESH))) {
            Files.setLastModifiedTime(file, FileTime.from(now));
        }
    }

    /**
     * Removes entries unused for longer than {@code unused}. Walks the folder at most once a day; any
     * failure leaves the cache as it is.
     *
     * @return how many entries were removed
     */
    public int prune(Duration unused) {
        Path marker = root.resolve(PRUNE_MARKER);
        Instant now = Instant.now();
        int removed = 0;
        try {
            if (!Files.isDirectory(root)
                    || Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isAfter(now.minus(REFRESH))) {
                return 0;
            }
            Files.writeString(marker, now.toString());
            Instant cutoff = now.minus(unused);
            try (Stream<Path> files = Files.walk(root, 2)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    boolean stale = (name.endsWith(FACTS) || name.endsWith(RESULT) || name.endsWith(".tmp"))
                            && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
                    if (stale && Files.deleteIfExists(p)) {
                        removed++;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping: the next run tries again
        }
        return removed;
    }

    @Override
    public void store(String key, FileFacts facts) {
        byte[] bytes;
        try {
            bytes = FactsCodec.encode(facts);
        } catch (RuntimeException e) {
            return; // facts the format cannot hold are only not cached
        }
        write(entry(key, FACTS), key, bytes);
    }

    /** Writes an entry, deflated, through a temporary file moved in place. */
    private static void write(Path file, String key, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), key.substring(0, Math.min(8, key.length())), ".tmp");
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (OutputStream out = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)),
                    deflater)) {
                out.write(bytes);
            } finally {
                deflater.end(); // a Deflater given to the stream is not ended by it: free its native memory now
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only makes the next run slower.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next run to overwrite
                }
            }
        }
    }

    private Path entry(String key, String suffix) {
        return root.resolve(key.substring(0, 2)).resolve(key + suffix);
    }
}
