package races.mutablestaticstate;

/** Every constructor call increments a static counter without a class-level lock: instances created on two threads lose counts. */
public class BadConstructorCountsInstances {
    private static int created;
    private final String name;

    public BadConstructorCountsInstances(String name) {
        this.name = name;
        created++; // expect: MutableStaticState
    }

    public String name() {
        return name;
    }

    public static int created() {
        return created;
    }
}
