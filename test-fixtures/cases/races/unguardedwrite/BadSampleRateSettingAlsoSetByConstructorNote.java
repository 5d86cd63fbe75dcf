package races.unguardedwrite;

/**
 * A sampler's rate is a setting its own constructor also sets, through the setter, unqualified: that call
 * configures the object being built, like the users' calls before they start it. The sampler's thread
 * reads the rate under the monitor; only a user that changes the rate of a running sampler makes the race.
 * A note.
 */
public class BadSampleRateSettingAlsoSetByConstructorNote {
    private int sampleRate;
    private long samples;
    private Thread sampler;

    public BadSampleRateSettingAlsoSetByConstructorNote(int sampleRate) {
        setSampleRate(sampleRate);
    }

    public void setSampleRate(int sampleRate) {
        this.sampleRate = sampleRate; // expect: UnguardedWrite['`sampleRate` is a setting: once an object is built only setters write it']
    }

    public synchronized void start() {
        sampler = new Thread(this::sample);
        sampler.start();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (this) {
                samples += sampleRate;
            }
        }
    }

    public synchronized long samples() {
        return samples;
    }
}
