package races.unguardedwrite;

/**
 * A synchronized getter beside a plain setter: inconsistent locking, but weak evidence of a race. The
 * object's monitor is held at one of the field's two places (a synchronized method may hold it for
 * something else), and only the API's openness says two threads share one object. Reported as a note;
 * with a lock kept for the field, a thread of the program, or a class declared thread-safe it is a
 * warning.
 */
public class BadSetterBesideSynchronizedGetter {
    private String endpoint = "localhost";

    public synchronized String endpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint; // expect: UnguardedWrite['the monitor is held at only as many of the field's places as not']
    }
}
