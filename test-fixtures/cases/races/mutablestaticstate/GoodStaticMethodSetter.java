package races.mutablestaticstate;

/** A static setter called once at start-up in a class with no concurrent code: no instance method or task writes the static. */
public final class GoodStaticMethodSetter {
    private static boolean verbose;

    private GoodStaticMethodSetter() {
    }

    public static void configure(String[] args) {
        for (String arg : args) {
            if (arg.equals("--verbose")) {
                verbose = true;
            }
        }
    }

    public static boolean verbose() {
        return verbose;
    }
}
