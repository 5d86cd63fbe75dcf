// EXPECT: future-get-under-lock-task-needs-same-lock @ line 41
package probe2.dl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes versioned release manifests. Signing is off-loaded to a dedicated
 * signer thread so that the key material never leaves this object.
 */
public class ManifestPublisher implements AutoCloseable {
    private final ExecutorService signingPool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "manifest-signer");
        t.setDaemon(true);
        return t;
    });

    private byte[] signingKey;
    private long publishedVersion;
    private String lastSignature;

    public ManifestPublisher(byte[] initialKey) {
        this.signingKey = initialKey.clone();
    }

    public synchronized void rotateKey(byte[] newKey) {
        this.signingKey = newKey.clone();
    }

    public synchronized String publish(String manifestBody) throws InterruptedException {
        publishedVersion++;
        String payload = "version=" + publishedVersion + "\n" + manifestBody;
        Future<String> signature = signingPool.submit(() -> sign(payload));
        try {
            lastSignature = signature.get(); // BUG: blocks on a task that must enter this monitor (sign is synchronized) while publish still holds it -> deadlock
        } catch (ExecutionException e) {
            throw new IllegalStateException("signing failed for version " + publishedVersion, e.getCause());
        }
        return lastSignature;
    }

    private synchronized String sign(String payload) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(signingKey);
        md.update(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    public synchronized long version() {
        return publishedVersion;
    }

    public synchronized String lastSignature() {
        return lastSignature;
    }

    @Override
    public void close() {
        signingPool.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        try (ManifestPublisher publisher = new ManifestPublisher("k1".getBytes(StandardCharsets.UTF_8))) {
            System.out.println(publisher.publish("artifact=core-2.4.1.jar\nsha=abc123"));
        }
    }
}
