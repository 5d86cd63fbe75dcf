// EXPECT: ignored-future @ line 23
package probe8c; import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Nightly job: verifies SHA-256 checksums of backup archives on a small worker pool
// and reports success to the operator.
public class ArchiveChecksumVerifier {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void verifyAll(Map<Path, String> expected) throws InterruptedException {
        for (Map.Entry<Path, String> entry : expected.entrySet()) {
            pool.submit(() -> verify(entry.getKey(), entry.getValue())); // BUG: returned Future is dropped, so a mismatch/IOException thrown on the worker thread is silently lost
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("verification timed out");
        }
        System.out.println("All " + expected.size() + " archives verified OK");
    }

    private Void verify(Path archive, String expectedHex) throws IOException {
        String actual = sha256(archive);
        if (!actual.equalsIgnoreCase(expectedHex)) {
            throw new IOException("checksum mismatch for " + archive + ": " + actual);
        }
        return null;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static void main(String[] args) throws Exception {
        Map<Path, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            Path p = Files.createTempFile("backup-" + i, ".tar");
            Files.writeString(p, "archive payload " + i);
            expected.put(p, sha256(p));
        }
        Path corrupt = Files.createTempFile("backup-corrupt", ".tar");
        Files.writeString(corrupt, "truncated");
        expected.put(corrupt, "00".repeat(32));
        new ArchiveChecksumVerifier().verifyAll(expected);
    }
}
