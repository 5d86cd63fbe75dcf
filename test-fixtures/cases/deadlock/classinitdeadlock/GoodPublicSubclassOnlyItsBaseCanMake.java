package deadlock.classinitdeadlock;

/**
 * The base's constants are instances of a public nested subclass, but the subclass has only a private
 * constructor and no static member: code outside can name it, not start its initialization. Only the base's
 * own code makes one, and that code runs with the base's initialization begun, so no thread starts on the
 * subclass first (cassandra's DataType.NativeType).
 */
public abstract class GoodPublicSubclassOnlyItsBaseCanMake {
    public static final GoodPublicSubclassOnlyItsBaseCanMake TEXT = new Native("text");
    public static final GoodPublicSubclassOnlyItsBaseCanMake INT = new Native("int");

    private final String name;

    GoodPublicSubclassOnlyItsBaseCanMake(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public static GoodPublicSubclassOnlyItsBaseCanMake custom(String name) {
        return new Native(name);
    }

    /** A type the driver knows natively. */
    public static final class Native extends GoodPublicSubclassOnlyItsBaseCanMake {
        private Native(String name) {
            super(name);
        }
    }
}
