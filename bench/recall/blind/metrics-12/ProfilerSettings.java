// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 12
package probe12b; import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/*
 * Lazily loaded settings for the sampling profiler. get() is called by each sampler
 * thread when it starts, and by the JMX reporting thread, so first use is concurrent.
 */
public final class ProfilerSettings {

    private static ProfilerSettings instance; // BUG: double-checked locking on a non-volatile field publishes a partially initialised object

    private int sampleIntervalMillis;
    private int maxStackDepth;
    private String outputDirectory;
    private boolean includeDaemonThreads;

    private ProfilerSettings() {
    }

    public static ProfilerSettings get() {
        if (instance == null) {
            synchronized (ProfilerSettings.class) {
                if (instance == null) {
                    ProfilerSettings loaded = new ProfilerSettings();
                    loaded.load(System.getProperties());
                    instance = loaded;
                }
            }
        }
        return instance;
    }

    private void load(Properties props) {
        sampleIntervalMillis = Integer.parseInt(props.getProperty("profiler.intervalMillis", "20"));
        maxStackDepth = Integer.parseInt(props.getProperty("profiler.maxDepth", "64"));
        outputDirectory = props.getProperty("profiler.outDir", "profiles");
        includeDaemonThreads = Boolean.parseBoolean(props.getProperty("profiler.daemons", "false"));
    }

    public int sampleIntervalMillis() {
        return sampleIntervalMillis;
    }

    public int maxStackDepth() {
        return maxStackDepth;
    }

    public String outputDirectory() {
        return outputDirectory;
    }

    public boolean includeDaemonThreads() {
        return includeDaemonThreads;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> samplers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                ProfilerSettings s = ProfilerSettings.get();
                int depth = s.maxStackDepth();
                System.out.println(Thread.currentThread().getName() + " depth=" + depth
                        + " every " + s.sampleIntervalMillis() + "ms -> " + s.outputDirectory());
            }, "sampler-" + i);
            samplers.add(t);
            t.start();
        }
        for (Thread t : samplers) {
            t.join();
        }
    }
}
