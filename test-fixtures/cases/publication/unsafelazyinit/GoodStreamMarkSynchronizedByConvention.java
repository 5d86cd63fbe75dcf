package publication.unsafelazyinit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that opens its real stream on first use. Its {@code mark} and {@code reset} are
 * {@code synchronized} only because {@code InputStream} declares them so, and overrides copy the modifier:
 * the monitor they hold says nothing of the stream being shared, and one reader uses it (zookeeper's
 * {@code UnifiedServerSocket.UnifiedInputStream}).
 */
public class GoodStreamMarkSynchronizedByConvention extends InputStream {
    private final byte[] bytes;
    private InputStream real;

    public GoodStreamMarkSynchronizedByConvention(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    private InputStream real() {
        if (real == null) {
            real = new ByteArrayInputStream(bytes);
        }
        return real;
    }

    @Override
    public int read() throws IOException {
        return real().read();
    }

    @Override
    public synchronized void mark(int limit) {
        real().mark(limit);
    }

    @Override
    public synchronized void reset() throws IOException {
        real().reset();
    }

    @Override
    public boolean markSupported() {
        return true;
    }
}
