package races.mutablestaticstate;

import java.util.function.Consumer;

/**
 * The same assigner, but a new one is created by every call of an instance method: instances made on
 * two threads write the shared statics at once.
 */
public final class BadAnonymousWriterMadePerCall {

    /** Fills the descriptors of a generated file. */
    public interface DescriptorAssigner {
        void assignDescriptors(String root);
    }

    private static String descriptor;

    public void reload(String root) {
        DescriptorAssigner assigner = new DescriptorAssigner() {
            @Override
            public void assignDescriptors(String file) {
                descriptor = file; // expect: MutableStaticState['static `descriptor` is written from instance method']
            }
        };
        Consumer<String> callback = assigner::assignDescriptors;
        callback.accept(root);
    }

    public static String descriptor() {
        return descriptor;
    }
}
