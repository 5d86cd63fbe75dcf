package deadlock.classinitdeadlock;

import java.util.HashMap;
import java.util.Map;

/** The codec base class fills its registry in a static block by calling a static factory of its subclass JsonCodec: initializing either class first on two threads deadlocks. */
public abstract class BadSubclassFactory {
    private static final Map<String, BadSubclassFactory> BY_NAME = new HashMap<>();

    static {
        BY_NAME.put("json", JsonCodec.create()); // expect: ClassInitDeadlock['uses its subclass `JsonCodec`']
    }

    public static BadSubclassFactory forName(String name) {
        return BY_NAME.get(name);
    }

    public abstract String encode(Object value);
}

/** A codec subclass with its own static factory. */
class JsonCodec extends BadSubclassFactory {
    static JsonCodec create() {
        return new JsonCodec();
    }

    @Override
    public String encode(Object value) {
        return "\"" + value + "\"";
    }
}

/** An exporter that makes its own JSON codec: a thread running it starts on JsonCodec before BadSubclassFactory. */
class JsonExporter {
    String export(Object value) {
        return JsonCodec.create().encode(value);
    }
}
