package deadlock.classinitdeadlock;

/**
 * The matcher's constants are instances of a package-private nested subclass that only the base class's
 * own code creates (its static initializer and its factory method): any thread reaching CharMatcher
 * has initialized GoodNestedSubclassOnlyItsBaseStarts first, so no thread can start on the subclass first.
 */
public abstract class GoodNestedSubclassOnlyItsBaseStarts {
    public static final GoodNestedSubclassOnlyItsBaseStarts COMMA = new CharMatcher(',');
    public static final GoodNestedSubclassOnlyItsBaseStarts TAB = new CharMatcher('\t');

    public static GoodNestedSubclassOnlyItsBaseStarts charMatcher(char c) {
        return new CharMatcher(c);
    }

    public abstract boolean matches(char c);

    static final class CharMatcher extends GoodNestedSubclassOnlyItsBaseStarts {
        private final char ch;

        CharMatcher(char ch) {
            this.ch = ch;
        }

        @Override
        public boolean matches(char c) {
            return c == ch;
        }
    }
}
