package deadlock.classinitdeadlock;

/** The default subclass instance lives in a holder class's initializer and a static factory, neither run while GoodLazyHolder itself initializes: the holder is not a superclass of the subclass, so there is no cycle. */
public abstract class GoodLazyHolder {
    private static final class Holder {
        static final GoodLazyHolder DEFAULT = new ConsoleSink();
    }

    public static GoodLazyHolder defaultSink() {
        return Holder.DEFAULT;
    }

    public static GoodLazyHolder console() {
        return new ConsoleSink();
    }

    public abstract void write(String line);
}

/** A sink writing to standard output. */
final class ConsoleSink extends GoodLazyHolder {
    @Override
    public void write(String line) {
        System.out.println(line);
    }
}
