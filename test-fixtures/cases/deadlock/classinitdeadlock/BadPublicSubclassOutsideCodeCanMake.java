package deadlock.classinitdeadlock;

/**
 * As the base whose constants are instances of a public nested subclass, but the subclass's constructor is
 * public: code outside can make one first, and a thread doing so while another starts on the base
 * deadlocks in the JVM's class initialization.
 */
public abstract class BadPublicSubclassOutsideCodeCanMake {
    public static final BadPublicSubclassOutsideCodeCanMake TEXT = new Native("text"); // expect: ClassInitDeadlock['uses its subclass `Native`']
    public static final BadPublicSubclassOutsideCodeCanMake INT = new Native("int");

    private final String name;

    BadPublicSubclassOutsideCodeCanMake(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public static BadPublicSubclassOutsideCodeCanMake custom(String name) {
        return new Native(name);
    }

    /** A type the driver knows natively. */
    public static final class Native extends BadPublicSubclassOutsideCodeCanMake { // related: ClassInitDeadlock['`Native` extends `BadPublicSubclassOutsideCodeCanMake`']
        public Native(String name) {
            super(name);
        }
    }
}
