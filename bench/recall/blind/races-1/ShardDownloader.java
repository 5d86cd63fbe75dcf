// EXPECT: unsynchronized-read-modify-write @ line 24
package probe.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Fetches the shards of a backup snapshot in parallel and reports the transferred volume. */
public class ShardDownloader {
    private final Function<String, byte[]> fetcher;
    private long bytesDownloaded;

    public ShardDownloader(Function<String, byte[]> fetcher) {
        this.fetcher = fetcher;
    }

    public long downloadAll(List<String> shardUrls) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (String url : shardUrls) {
            pending.add(CompletableFuture.runAsync(() -> {
                byte[] data = fetcher.apply(url);
                verify(url, data);
                bytesDownloaded += data.length; // BUG: += on a shared long from async tasks is an unsynchronized read-modify-write
            }));
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
        return bytesDownloaded;
    }

    private static void verify(String url, byte[] data) {
        if (data.length == 0) {
            throw new IllegalStateException("empty shard " + url);
        }
    }

    public static void main(String[] args) {
        List<String> shards = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            shards.add("s3://backups/2024-06-01/shard-" + i);
        }
        ShardDownloader downloader = new ShardDownloader(url -> new byte[1024 + url.length()]);
        long total = downloader.downloadAll(shards);
        System.out.println("downloaded " + total + " bytes");
    }
}
