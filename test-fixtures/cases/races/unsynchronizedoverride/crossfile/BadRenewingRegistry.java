package races.unsynchronizedoverride.crossfile;

/** Overrides the synchronized isLive() of a superclass declared in another file, checking then removing in two separate locked calls. */
public class BadRenewingRegistry extends ExpiringRegistry {
    @Override
    public boolean isLive(String name, long nowMillis) { // expect: UnsynchronizedOverride['`isLive` overrides synchronized `ExpiringRegistry.isLive`']
        boolean live = super.isLive(name, nowMillis);
        if (!live) {
            super.remove(name);
        }
        return live;
    }
}
