// EXPECT: none
package probe14b; import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps key strokes to editor commands. Several commands may share a key stroke;
 * they run in registration order on the UI dispatch thread.
 *
 * Extensions register their bindings in parallel on the startup pool, so bind()
 * is called concurrently; keyPressed() is called by the input thread.
 */
public class CommandRegistry {

    private final ConcurrentMap<String, List<Runnable>> bindings = new ConcurrentHashMap<>();
    private final ExecutorService dispatchThread;

    public CommandRegistry(ExecutorService dispatchThread) {
        this.dispatchThread = dispatchThread;
    }

    public void bind(String keyStroke, Runnable command) {
        List<Runnable> commands = bindings.get(keyStroke);
        if (commands == null) {
            List<Runnable> created = new CopyOnWriteArrayList<>();
            commands = bindings.putIfAbsent(keyStroke, created); // OK: putIfAbsent is atomic; a thread that loses the race adopts the winner's list
            if (commands == null) {
                commands = created;
            }
        }
        commands.add(command);
    }

    public void unbind(String keyStroke, Runnable command) {
        List<Runnable> commands = bindings.get(keyStroke);
        if (commands != null) {
            commands.remove(command);
        }
    }

    public void keyPressed(String keyStroke) {
        List<Runnable> commands = bindings.get(keyStroke);
        if (commands == null || commands.isEmpty()) {
            return;
        }
        dispatchThread.execute(() -> {
            for (Runnable command : commands) {
                command.run();
            }
        });
    }

    interface Extension {
        void registerBindings(CommandRegistry registry);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatch = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        CommandRegistry registry = new CommandRegistry(dispatch);

        List<Extension> extensions = List.of(
                r -> r.bind("ctrl S", () -> System.out.println("save document")),
                r -> r.bind("ctrl S", () -> System.out.println("git: stage file")),
                r -> r.bind("ctrl Z", () -> System.out.println("undo")),
                r -> r.bind("ctrl S", () -> System.out.println("format on save")));

        ExecutorService startup = Executors.newFixedThreadPool(4, r -> new Thread(r, "extension-loader"));
        for (Extension extension : extensions) {
            startup.execute(() -> extension.registerBindings(registry));
        }
        startup.shutdown();
        startup.awaitTermination(30, TimeUnit.SECONDS);

        Thread input = new Thread(() -> {
            registry.keyPressed("ctrl S");
            registry.keyPressed("ctrl Z");
        }, "input-reader");
        input.start();
        input.join();
        dispatch.shutdown();
    }
}
