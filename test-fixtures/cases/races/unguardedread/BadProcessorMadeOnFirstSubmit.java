package races.unguardedread;

/**
 * A processor set up by {@code startup()} only when a caller finds it not there yet ({@code if (!started)},
 * and {@code startup()} sets {@code started}): an initialization on first use, which any thread may run at
 * any time, so a read without the monitor meets its write whenever it runs: a warning.
 */
public class BadProcessorMadeOnFirstSubmit {

    public interface Processor {
        void process(String request);
    }

    private Processor first;
    private boolean started;

    public synchronized void startup() {
        first = request -> { };
        started = true;
    }

    public void submit(String request) {
        if (!started) { // expect: UnguardedRead['`started` is read without `this`']
            startup();
        }
        first.process(request); // expect: UnguardedRead['is read without `this`']
    }
}
