package deadlock.classinitdeadlock;

/** The EMPTY constant is an instance of a private nested subclass: no other code can trigger the subclass's initialization first, so the base class's initializer always runs it. */
public abstract class GoodPrivateNestedSubclass {
    public static final GoodPrivateNestedSubclass EMPTY = new Empty();

    public abstract int size();

    private static final class Empty extends GoodPrivateNestedSubclass {
        @Override
        public int size() {
            return 0;
        }
    }
}
