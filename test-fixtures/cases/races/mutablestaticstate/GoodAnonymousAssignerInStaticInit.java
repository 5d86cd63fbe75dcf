package races.mutablestaticstate;

import java.util.function.Consumer;

/**
 * Generated descriptor code: the class's initializer creates one anonymous assigner and hands it to the
 * runtime, which calls it back to fill the static descriptors. The anonymous class has that one
 * instance, created while the class loads, so no two instances write the statics at once (hadoop's
 * generated protobuf classes, races review).
 */
public final class GoodAnonymousAssignerInStaticInit {

    /** Fills the descriptors of a generated file. */
    public interface DescriptorAssigner {
        void assignDescriptors(String root);
    }

    private static String descriptor;
    private static String headerDescriptor;

    static {
        DescriptorAssigner assigner = new DescriptorAssigner() {
            @Override
            public void assignDescriptors(String root) {
                descriptor = root;
                headerDescriptor = root + ".RequestHeader";
            }
        };
        Runtime.build("rpc.proto", assigner::assignDescriptors);
    }

    private GoodAnonymousAssignerInStaticInit() {
    }

    public static String header() {
        return headerDescriptor + " in " + descriptor;
    }

    /** The runtime that builds a generated file's descriptors. */
    static final class Runtime {
        private Runtime() {
        }

        static void build(String file, Consumer<String> assigner) {
            assigner.accept(file);
        }
    }
}
