// EXPECT: shared-non-thread-safe-object-MessageDigest @ line 30
package probe.races;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

/** Stores uploaded build artifacts and periodically re-verifies their SHA-256 checksums. */
public class ArtifactIntegrityChecker {
    private static final MessageDigest SHA256 = newDigest();

    record Artifact(byte[] content, String checksum) { }

    private final Map<String, Artifact> artifacts = new ConcurrentHashMap<>();
    private final Timer rescanTimer = new Timer("artifact-rescan", true);

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String checksum(byte[] content) {
        byte[] hash = SHA256.digest(content); // BUG: shared static MessageDigest is stateful and used concurrently by upload threads and the Timer thread
        return HexFormat.of().formatHex(hash);
    }

    /** Called by upload handler threads. */
    public void store(String name, byte[] content) {
        byte[] copy = content.clone();
        artifacts.put(name, new Artifact(copy, checksum(copy)));
    }

    public void startPeriodicRescan(long periodMillis) {
        rescanTimer.schedule(new TimerTask() {
            @Override
            public void run() {
                artifacts.forEach((name, a) -> {
                    if (!checksum(a.content()).equals(a.checksum())) {
                        System.err.println("checksum mismatch for " + name);
                    }
                });
            }
        }, 0, periodMillis);
    }

    public static void main(String[] args) throws InterruptedException {
        ArtifactIntegrityChecker checker = new ArtifactIntegrityChecker();
        checker.startPeriodicRescan(1);
        Thread[] uploaders = new Thread[4];
        for (int t = 0; t < uploaders.length; t++) {
            int id = t;
            uploaders[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    checker.store("build-" + id + "-" + i + ".jar", new byte[4096 + i]);
                }
            }, "upload-" + t);
            uploaders[t].start();
        }
        for (Thread u : uploaders) {
            u.join();
        }
        checker.rescanTimer.cancel();
    }
}
