// EXPECT: check-then-act @ line 49
package probe15a; import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Keeps one open reader per immutable segment file. reader() is called
// concurrently by the query thread pool.
public class SegmentReaderCache implements AutoCloseable {

    static final class SegmentReader implements AutoCloseable {
        private final FileChannel channel;

        private SegmentReader(FileChannel channel) {
            this.channel = channel;
        }

        static SegmentReader open(Path file) throws IOException {
            return new SegmentReader(FileChannel.open(file, StandardOpenOption.READ));
        }

        int readAt(long pos, ByteBuffer dst) throws IOException {
            return channel.read(dst, pos);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private final Path dir;
    private final ConcurrentHashMap<String, SegmentReader> readers = new ConcurrentHashMap<>();

    public SegmentReaderCache(Path dir) {
        this.dir = dir;
    }

    public SegmentReader reader(String segmentName) throws IOException {
        SegmentReader r = readers.get(segmentName);
        if (r == null) { // BUG: check-then-act; concurrent misses open the file twice and one channel leaks
            r = SegmentReader.open(dir.resolve(segmentName));
            readers.put(segmentName, r);
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        for (SegmentReader r : readers.values()) {
            r.close();
        }
        readers.clear();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("segments");
        for (int i = 0; i < 4; i++) {
            Files.write(dir.resolve("seg-" + i + ".dat"), new byte[4096]);
        }
        ExecutorService queryPool = Executors.newFixedThreadPool(8);
        try (SegmentReaderCache cache = new SegmentReaderCache(dir)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int q = 0; q < 200; q++) {
                final String name = "seg-" + (q % 4) + ".dat";
                final long pos = (q * 97L) % 4000;
                results.add(queryPool.submit(() -> cache.reader(name).readAt(pos, ByteBuffer.allocate(64))));
            }
            for (Future<Integer> f : results) {
                f.get();
            }
        } finally {
            queryPool.shutdown();
        }
    }
}
