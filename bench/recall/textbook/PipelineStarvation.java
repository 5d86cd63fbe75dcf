// EXPECT: deadlock-starvation @ line 16
package recall;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class PipelineStarvation {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    public String process(String input) throws Exception {
        Future<String> parsed = worker.submit(() -> input.trim());
        Future<String> enriched = worker.submit(() -> {
            String p = parsed.get();
            Future<String> lookup = worker.submit(() -> p.toUpperCase());
            return p + ":" + lookup.get();
        });
        return enriched.get();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new PipelineStarvation().process("  hello "));
    }
}
