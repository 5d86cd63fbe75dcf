// EXPECT: ignored-future @ line 14
package recall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class FireAndForget {
    private final ExecutorService io = Executors.newFixedThreadPool(2);

    public void saveAsync(Path target, String content) {
        io.submit(() -> {
            Files.writeString(target, content);
            return null;
        });
    }

    public void shutdown() {
        io.shutdown();
    }

    public static void main(String[] args) throws IOException {
        FireAndForget f = new FireAndForget();
        f.saveAsync(Path.of("/nonexistent/dir/file.txt"), "data");
        f.shutdown();
    }
}
