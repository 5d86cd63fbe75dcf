package races.nonthreadsafestatic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A static MessageDigest used only inside a static synchronized method: one caller at a time. */
public final class GoodStaticSynchronizedDigest {
    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private GoodStaticSynchronizedDigest() {
    }

    public static synchronized byte[] hash(String text) {
        return SHA256.digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
