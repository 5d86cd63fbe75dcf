package publication.doublecheckedlocking;

/** Lazy singleton through the holder-class idiom: class initialization is lazy and thread-safe, no double check needed. */
public class GoodHolderIdiom {
    private final String host;

    private GoodHolderIdiom() {
        host = "localhost";
    }

    private static final class Holder {
        static final GoodHolderIdiom INSTANCE = new GoodHolderIdiom();
    }

    public static GoodHolderIdiom getInstance() {
        return Holder.INSTANCE;
    }

    public String host() {
        return host;
    }
}
