package races.unguardedread;

/**
 * A service whose address is set under the monitor only as it starts and cleared as it stops, and read
 * without it: the read meets a write only while the service starts or stops, a note naming the step
 * (jetty's TimerScheduler._timer, set in doStart and cleared in doStop).
 */
public class BadReadOfStateSetOnlyAtStartAndStopNote {
    private String address;

    public synchronized void init(String host) {
        address = host + ":8080";
    }

    public synchronized void shutdown() {
        address = null;
    }

    public String describe() {
        if (address == null) { // expect: UnguardedRead['starts or stops the object']
            throw new IllegalStateException("not started");
        }
        return "at " + address;
    }
}
