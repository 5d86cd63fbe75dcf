package publication.unsafepublication;

/**
 * The look-alike: the same static settings replaced and read by any client thread, but the bean's
 * fields are final: final-field semantics publish them with the reference.
 */
public final class GoodStaticImmutableSettingsReadByClients {

    /** An immutable settings bean. */
    public static final class FrozenSettings {
        final int maxConnections;
        final String endpoint;

        FrozenSettings(int maxConnections, String endpoint) {
            this.maxConnections = maxConnections;
            this.endpoint = endpoint;
        }
    }

    private static FrozenSettings current = new FrozenSettings(10, "http://localhost");

    private GoodStaticImmutableSettingsReadByClients() {
    }

    public static void reload(int maxConnections, String endpoint) {
        current = new FrozenSettings(maxConnections, endpoint);
    }

    public static FrozenSettings current() {
        return current;
    }
}
