// EXPECT: sync-on-boxed-or-string @ line 9
package recall;

public class SyncOnBoolean {
    private Boolean initialized = Boolean.FALSE;
    private String config;

    public void init(String cfg) {
        synchronized (initialized) {
            if (!initialized) {
                config = cfg;
                initialized = Boolean.TRUE;
            }
        }
    }

    public String config() {
        return config;
    }
}
