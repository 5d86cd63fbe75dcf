package deadlock.classinitdeadlock;

/** The base renderer's static field builds an instance of its subclass: a thread initializing BadSubclassDefault waits for PlainRenderer's initialization while another thread initializing PlainRenderer first waits for its superclass, a class-initialization deadlock. */
public abstract class BadSubclassDefault {
    public static final BadSubclassDefault DEFAULT = new PlainRenderer(); // expect: ClassInitDeadlock

    public abstract String render(String text);
}

/** The default renderer, a subclass that other code of the package starts on first (PlainFormatter). */
class PlainRenderer extends BadSubclassDefault {
    @Override
    public String render(String text) {
        return text.strip();
    }
}

/** A formatter that uses the plain renderer directly: a thread running it starts on PlainRenderer before BadSubclassDefault. */
class PlainFormatter {
    String format(String text) {
        return new PlainRenderer().render(text);
    }
}
