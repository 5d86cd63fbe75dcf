package races.nonthreadsafestatic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A static MessageDigest shared by all callers: concurrent digest() calls interleave their updates and return wrong hashes. */
public final class BadStaticMessageDigest {
    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BadStaticMessageDigest() {
    }

    public static byte[] hash(String text) {
        return SHA256.digest(text.getBytes(StandardCharsets.UTF_8)); // expect: NonThreadSafeStatic
    }
}
