package publication.volatilemutablecontents;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A hints writer whose compression buffer, volatile for no need, is only ever used by the tasks of its one
 * writer thread (a single-thread executor): its contents are changed and read by one thread at a time
 * (cassandra's CompressedHintsWriter on the HintsWriteExecutor). Not shared mutable state.
 */
public class GoodVolatileBufferOfOneWriterThread {
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private volatile ByteBuffer compressionBuffer;

    public void write(byte[] hint) {
        writer.execute(() -> compress(hint));
    }

    private void compress(byte[] hint) {
        if (compressionBuffer == null || compressionBuffer.capacity() < hint.length) {
            compressionBuffer = ByteBuffer.allocate(Math.max(hint.length, 4096));
        }
        compressionBuffer.clear();
        compressionBuffer.put(hint);
        compressionBuffer.flip();
        System.out.println(compressionBuffer.remaining());
    }

    public void close() {
        writer.shutdown();
    }
}
