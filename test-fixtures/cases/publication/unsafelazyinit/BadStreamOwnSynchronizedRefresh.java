package publication.unsafelazyinit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Look-alike of {@code GoodStreamMarkSynchronizedByConvention}: the stream's own {@code refresh()}, no
 * override of a library method, replaces the real stream under the monitor, so its authors lock for the
 * field; the lazy open without the lock races with it.
 */
public class BadStreamOwnSynchronizedRefresh extends InputStream {
    private final byte[] bytes;
    private InputStream real;

    public BadStreamOwnSynchronizedRefresh(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    private InputStream real() {
        if (real == null) {
            real = new ByteArrayInputStream(bytes); // expect: UnsafeLazyInit['`real` is lazily initialized without a lock']
        }
        return real;
    }

    @Override
    public int read() throws IOException {
        return real().read();
    }

    public synchronized void refresh() {
        real = new ByteArrayInputStream(bytes);
        real().mark(0);
    }
}
