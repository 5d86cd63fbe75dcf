package races.spinonfield;

/** A tokenizer whose loop advances the field it tests: the body writes it, so this is ordinary iteration, not a wait. */
public class GoodLoopBodyWritesField {
    private final String input;
    private int pos;

    public GoodLoopBodyWritesField(String input) {
        this.input = input;
    }

    public void reset() {
        pos = 0;
    }

    public void skipSpaces() {
        while (pos < input.length() && input.charAt(pos) == ' ') {
            pos++;
        }
    }

    public int position() {
        return pos;
    }
}
