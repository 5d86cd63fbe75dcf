package publication.volatilemutablecontents;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The hints writer with four writer threads: their tasks clear and fill the one volatile buffer at once.
 */
public class BadVolatileBufferOfPoolThreads {
    private final ExecutorService writer = Executors.newFixedThreadPool(4);
    private volatile ByteBuffer compressionBuffer;

    public void write(byte[] hint) {
        writer.execute(() -> compress(hint));
    }

    private void compress(byte[] hint) {
        if (compressionBuffer == null || compressionBuffer.capacity() < hint.length) {
            compressionBuffer = ByteBuffer.allocate(Math.max(hint.length, 4096));
        }
        compressionBuffer.clear(); // expect: VolatileMutableContents['`clear()` changes its contents here without a lock']
        compressionBuffer.put(hint);
        compressionBuffer.flip();
        System.out.println(compressionBuffer.remaining());
    }

    public void close() {
        writer.shutdown();
    }
}
