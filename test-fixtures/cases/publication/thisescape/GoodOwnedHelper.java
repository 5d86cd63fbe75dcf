package publication.thisescape;

/** this is given to a helper stored in this object's own final field: the helper is owned, nothing is published. */
public class GoodOwnedHelper {
    private final String name;
    private final Formatter formatter;

    public GoodOwnedHelper(String name) {
        this.name = name;
        this.formatter = new Formatter(this);
    }

    public String name() {
        return name;
    }

    public String render(String message) {
        return formatter.format(message);
    }

    static final class Formatter {
        private final GoodOwnedHelper owner;

        Formatter(GoodOwnedHelper owner) {
            this.owner = owner;
        }

        String format(String message) {
            return "[" + owner.name() + "] " + message;
        }
    }
}
