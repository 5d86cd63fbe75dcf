package publication.volatilemutablecontents;

import java.util.ArrayList;
import java.util.List;

/** Subscribers are appended to a volatile ArrayList: concurrent adds corrupt it and readers may see a half-grown list. */
public class BadVolatileListAdd {
    private volatile List<String> subscribers = new ArrayList<>();

    public void subscribe(String address) {
        subscribers.add(address); // expect: VolatileMutableContents['`subscribers` is volatile, but `add()` changes its contents here without a lock']
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public void reset() {
        subscribers = new ArrayList<>();
    }
}
