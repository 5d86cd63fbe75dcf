package publication.unsafepublication;

/**
 * Process-wide settings: {@code reload} replaces them with a new bean whose fields are plain, and any
 * client thread reads them through {@code current()}. A static field is shared by every thread, and
 * nothing orders the bean's field writes before a reader's loads.
 */
public final class BadStaticSettingsReadByClients {

    /** A mutable settings bean. */
    public static final class Settings {
        int maxConnections;
        String endpoint;

        Settings(int maxConnections, String endpoint) {
            this.maxConnections = maxConnections;
            this.endpoint = endpoint;
        }
    }

    private static Settings current = new Settings(10, "http://localhost");

    private BadStaticSettingsReadByClients() {
    }

    public static void reload(int maxConnections, String endpoint) {
        Settings fresh = new Settings(maxConnections, endpoint);
        current = fresh; // expect: UnsafePublication['a new `Settings` is stored in plain field `current`'], UnsafePublication['client threads calling `BadStaticSettingsReadByClients`']
    }

    public static Settings current() {
        return current;
    }
}
