// EXPECT: none
package probe15a; import java.io.IOException;
import java.io.UncheckedIOException;
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

// Caches one open handle per SSTable. handle() is invoked from many
// read-path threads at once.
public class SstableHandleCache implements AutoCloseable {

    static final class TableHandle implements AutoCloseable {
        private final FileChannel channel;

        private TableHandle(FileChannel channel) {
            this.channel = channel;
        }

        static TableHandle open(Path file) {
            try {
                return new TableHandle(FileChannel.open(file, StandardOpenOption.READ));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
    private final ConcurrentHashMap<String, TableHandle> handles = new ConcurrentHashMap<>();

    public SstableHandleCache(Path dir) {
        this.dir = dir;
    }

    public TableHandle handle(String tableName) {
        TableHandle h = handles.get(tableName);
        if (h == null) {
            h = handles.computeIfAbsent(tableName, n -> TableHandle.open(dir.resolve(n))); // OK: computeIfAbsent opens at most once per key atomically
        }
        return h;
    }

    @Override
    public void close() throws IOException {
        for (TableHandle h : handles.values()) {
            h.close();
        }
        handles.clear();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sstables");
        for (int i = 0; i < 4; i++) {
            Files.write(dir.resolve("t-" + i + ".sst"), new byte[4096]);
        }
        ExecutorService readPool = Executors.newFixedThreadPool(8);
        try (SstableHandleCache cache = new SstableHandleCache(dir)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int q = 0; q < 200; q++) {
                final String name = "t-" + (q % 4) + ".sst";
                final long pos = (q * 131L) % 4000;
                results.add(readPool.submit(() -> cache.handle(name).readAt(pos, ByteBuffer.allocate(64))));
            }
            for (Future<Integer> f : results) {
                f.get();
            }
        } finally {
            readPool.shutdown();
        }
    }
}
