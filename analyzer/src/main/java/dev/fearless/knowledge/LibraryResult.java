package dev.fearless.knowledge;

/**
 * The type of what a library method returns, from a {@code result} row of the knowledge table: a
 * qualified type name ({@code result java.util.concurrent.locks.Lock#newCondition
 * java.util.concurrent.locks.Condition}), or the receiver's own type ({@code result java.util.List#of
 * receiver}: a factory called on {@code List} makes a {@code List}).
 */
public record LibraryResult(String type) {

    private static final String RECEIVER = "receiver";

    static LibraryResult of(String word) {
        return new LibraryResult(word.equals(RECEIVER) ? null : word);
    }

    /** Whether the result has the receiver's type (then {@link #type()} is {@code null}). */
    public boolean isReceiver() {
        return type == null;
    }

    /** The result's type for a call on a receiver of the given type. */
    public String on(String receiverType) {
        return type == null ? receiverType : type;
    }
}
