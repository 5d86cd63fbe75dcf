package dev.fearless.facts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fact cache's format: one file's facts as compact bytes, and back.
 *
 * <p>The format follows the fact records themselves. Each record is its components in order; an int is
 * a variable-length number, a string is written once per file and then referred to by number, an enum
 * is its ordinal, a list its size and elements, a value of a sealed interface the number of its case
 * first. The shape of every record reachable from {@link FileFacts} is read once by reflection and
 * fingerprinted; an entry written for another shape (an older fearless) is rejected as a whole.
 *
 * <p>Reading can only create the fact records, strings and lists of that shape: there is no class name
 * in the bytes, so an entry cannot make the reader instantiate anything else. Counts are checked
 * against the bytes left and nesting is limited, so a damaged or crafted entry fails with
 * {@link FormatException} instead of exhausting memory or the stack.
 */
public final class FactsCodec {

    private static final int MAGIC = 0x464C4631;
    private static final int MAX_DEPTH = 200;
    private static final Of<FileFacts> FACTS = of(FileFacts.class, MAGIC);

    private FactsCodec() {
    }

    /**
     * The same format for another record type made of the same kinds of components (ints, longs, booleans,
     * strings, enums, lists, records, sealed interfaces), with its own {@code magic} number: the scan
     * results a cache keeps, for instance.
     */
    public static <T extends Record> Of<T> of(Class<T> root, int magic) {
        return new Of<>(root, magic);
    }

    /** The codec of one record type. */
    public static final class Of<T extends Record> {
        private final Class<T> root;
        private final int magic;
        private final Shape shape;
        private final int schema;

        private Of(Class<T> root, int magic) {
            Map<Class<?>, Shape> shapes = new HashMap<>();
            this.root = root;
            this.magic = magic;
            this.shape = shapeOf(root, shapes);
            this.schema = describe(shapes).hashCode();
        }

        /** The value as bytes. */
        public byte[] encode(T value) {
            Output out = new Output();
            out.fixed(magic);
            out.fixed(schema);
            shape.write(out, value);
            return out.bytes();
        }

        /** The value written by {@link #encode}; throws {@link FormatException} for anything else. */
        public T decode(byte[] bytes) {
            Input in = new Input(bytes);
            if (in.fixed() != magic || in.fixed() != schema) {
                throw new FormatException("not an entry of this version");
            }
            Object value = shape.read(in, 0);
            if (in.pos != bytes.length) {
                throw new FormatException("bytes after the entry");
            }
            return root.cast(value);
        }
    }

    /** A damaged entry, or one written for facts of another shape. */
    public static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    /** The facts as bytes. */
    public static byte[] encode(FileFacts facts) {
        return FACTS.encode(facts);
    }

    /** The facts written by {@link #encode}; throws {@link FormatException} for anything else. */
    public static FileFacts decode(byte[] bytes) {
        return FACTS.decode(bytes);
    }

    // ---- shapes: how each kind of component is written

    private interface Shape {
        void write(Output out, Object value);

        Object read(Input in, int depth);

        /** A stable description, for the schema fingerprint. */
        String describe();
    }

    private static Shape shapeOf(Type type, Map<Class<?>, Shape> shapes) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Shape element = shapeOf(p.getActualTypeArguments()[0], shapes);
            if (raw == List.class) {
                return new ListShape(element, false);
            }
            if (raw == Set.class) {
                return new ListShape(element, true);
            }
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("no format for " + type);
        }
        if (c == int.class) {
            return IntShape.INSTANCE;
        }
        if (c == long.class) {
            return LongShape.INSTANCE;
        }
        if (c == boolean.class) {
            return BooleanShape.INSTANCE;
        }
        if (c == String.class) {
            return StringShape.INSTANCE;
        }
        if (c == LockSet.class) {
            return new LockSetShape(shapeOf(LockRef.class, shapes));
        }
        if (c.isEnum()) {
            return new EnumShape(List.of(c.getEnumConstants()));
        }
        Shape known = shapes.get(c);
        if (known != null) {
            return known;
        }
        if (c.isRecord()) {
            RecordShape shape = new RecordShape(c);
            shapes.put(c, shape);
            shape.resolve(shapes);
            return shape;
        }
        if (c.isSealed()) {
            SealedShape shape = new SealedShape(c);
            shapes.put(c, shape);
            shape.resolve(shapes);
            return shape;
        }
        throw new IllegalStateException("no format for " + c.getName());
    }

    private static String describe(Map<Class<?>, Shape> shapes) {
        StringBuilder text = new StringBuilder();
        shapes.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Class::getName)))
                .forEach(e -> text.append(e.getKey().getName()).append('=').append(e.getValue().describe()).append(';'));
        return text.toString();
    }

    private enum IntShape implements Shape {
        INSTANCE;

        @Override
        public void write(Output out, Object value) {
            out.signed((Integer) value);
        }

        @Override
        public Object read(Input in, int depth) {
            return in.signed();
        }

        @Override
        public String describe() {
            return "int";
        }
    }

    private enum LongShape implements Shape {
        INSTANCE;

        @Override
        public void write(Output out, Object value) {
            long v = (Long) value;
            out.fixed((int) (v >>> 32));
            out.fixed((int) v);
        }

        @Override
        public Object read(Input in, int depth) {
            long high = in.fixed();
            return (high << 32) | (in.fixed() & 0xFFFF_FFFFL);
        }

        @Override
        public String describe() {
            return "long";
        }
    }

    private enum BooleanShape implements Shape {
        INSTANCE;

        @Override
        public void write(Output out, Object value) {
            out.unsigned((Boolean) value ? 1 : 0);
        }

        @Override
        public Object read(Input in, int depth) {
            return in.count(1) == 1;
        }

        @Override
        public String describe() {
            return "boolean";
        }
    }

    private enum StringShape implements Shape {
        INSTANCE;

        @Override
        public void write(Output out, Object value) {
            out.string((String) value);
        }

        @Override
        public Object read(Input in, int depth) {
            return in.string();
        }

        @Override
        public String describe() {
            return "String";
        }
    }

    /** 0 for null, else the ordinal plus one. */
    private record EnumShape(List<Object> constants) implements Shape {
        @Override
        public void write(Output out, Object value) {
            out.unsigned(value == null ? 0 : ((Enum<?>) value).ordinal() + 1);
        }

        @Override
        public Object read(Input in, int depth) {
            int n = in.count(constants.size());
            return n == 0 ? null : constants.get(n - 1);
        }

        @Override
        public String describe() {
            return constants.toString();
        }
    }

    /** The size and the elements; a set is written as its elements in the set's order. */
    private record ListShape(Shape element, boolean set) implements Shape {
        @Override
        public void write(Output out, Object value) {
            java.util.Collection<?> items = (java.util.Collection<?>) value;
            out.unsigned(items.size());
            for (Object item : items) {
                element.write(out, item);
            }
        }

        @Override
        public Object read(Input in, int depth) {
            int size = in.count(in.left());
            if (size == 0) {
                return set ? Set.of() : List.of();
            }
            Object[] items = new Object[size];
            for (int i = 0; i < size; i++) {
                items[i] = element.read(in, depth + 1);
            }
            try {
                return set ? Set.of(items) : List.of(items);
            } catch (NullPointerException | IllegalArgumentException e) {
                throw new FormatException("a list with a missing or repeated element");
            }
        }

        @Override
        public String describe() {
            return (set ? "Set<" : "List<") + element.describe() + ">";
        }
    }

    /** The locks, in the set's order; the empty set is the shared {@link LockSet#EMPTY}. */
    private record LockSetShape(Shape lock) implements Shape {
        @Override
        public void write(Output out, Object value) {
            List<LockRef> locks = ((LockSet) value).locks();
            out.unsigned(locks.size());
            for (LockRef l : locks) {
                lock.write(out, l);
            }
        }

        @Override
        public Object read(Input in, int depth) {
            int size = in.count(in.left());
            LockSet set = LockSet.EMPTY;
            for (int i = 0; i < size; i++) {
                set = set.plus((LockRef) lock.read(in, depth + 1));
            }
            return set;
        }

        @Override
        public String describe() {
            return "LockSet";
        }
    }

    /**
     * A record's components in order, preceded by 1 (0 for null) where the record is a component of
     * another record, whose value may be null.
     */
    private static final class RecordShape implements Shape {
        private final Class<?> type;
        private final RecordComponent[] components;
        private final MethodHandle[] accessors;
        private final Shape[] shapes;
        /** The canonical constructor, taking the components as one array. */
        private final MethodHandle constructor;

        RecordShape(Class<?> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            this.accessors = new MethodHandle[components.length];
            this.shapes = new Shape[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    parameters[i] = components[i].getType();
                    accessors[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
                Constructor<?> canonical = type.getDeclaredConstructor(parameters);
                this.constructor = MethodHandles.publicLookup().unreflectConstructor(canonical)
                        .asSpreader(Object[].class, parameters.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + " is not a public record", e);
            }
        }

        void resolve(Map<Class<?>, Shape> all) {
            for (int i = 0; i < components.length; i++) {
                shapes[i] = nullable(shapeOf(components[i].getGenericType(), all));
            }
        }

        private static Shape nullable(Shape shape) {
            return shape instanceof RecordShape ? new NullableShape(shape) : shape;
        }

        @Override
        public void write(Output out, Object value) {
            for (int i = 0; i < components.length; i++) {
                Object component;
                try {
                    component = (Object) accessors[i].invokeExact(value);
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read " + type.getName(), e);
                }
                shapes[i].write(out, component);
            }
        }

        @Override
        public Object read(Input in, int depth) {
            if (depth > MAX_DEPTH) {
                throw new FormatException("facts nested too deep");
            }
            Object[] values = new Object[components.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = shapes[i].read(in, depth + 1);
            }
            try {
                return (Object) constructor.invokeExact(values);
            } catch (RuntimeException e) {
                throw new FormatException("invalid " + type.getSimpleName() + ": " + e);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot make " + type.getName(), e);
            }
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder("record(");
            for (RecordComponent c : components) {
                text.append(c.getName()).append(':').append(c.getGenericType().getTypeName()).append(',');
            }
            return text.append(')').toString();
        }
    }

    /** A record that may be null: 0, or 1 and the record. */
    private record NullableShape(Shape inner) implements Shape {
        @Override
        public void write(Output out, Object value) {
            out.unsigned(value == null ? 0 : 1);
            if (value != null) {
                inner.write(out, value);
            }
        }

        @Override
        public Object read(Input in, int depth) {
            return in.count(1) == 0 ? null : inner.read(in, depth);
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }

    /** A value of a sealed interface: 0 for null, else the number of its case plus one, then the case. */
    private static final class SealedShape implements Shape {
        private final Class<?>[] cases;
        private final Shape[] shapes;
        private final Map<Class<?>, Integer> numbers = new LinkedHashMap<>();

        SealedShape(Class<?> type) {
            this.cases = type.getPermittedSubclasses();
            Arrays.sort(cases, Comparator.comparing(Class::getName));
            this.shapes = new Shape[cases.length];
            for (int i = 0; i < cases.length; i++) {
                numbers.put(cases[i], i);
            }
        }

        void resolve(Map<Class<?>, Shape> all) {
            for (int i = 0; i < cases.length; i++) {
                shapes[i] = shapeOf(cases[i], all);
            }
        }

        @Override
        public void write(Output out, Object value) {
            if (value == null) {
                out.unsigned(0);
                return;
            }
            int n = numbers.get(value.getClass());
            out.unsigned(n + 1);
            shapes[n].write(out, value);
        }

        @Override
        public Object read(Input in, int depth) {
            int n = in.count(cases.length);
            return n == 0 ? null : shapes[n - 1].read(in, depth);
        }

        @Override
        public String describe() {
            List<String> names = new ArrayList<>();
            for (Class<?> c : cases) {
                names.add(c.getName());
            }
            return "sealed" + names;
        }
    }

    // ---- bytes

    /** Variable-length numbers (7 bits a byte) and strings written once, then referred to by number. */
    private static final class Output {
        private byte[] buffer = new byte[4096];
        private int size;
        private final Map<String, Integer> strings = new HashMap<>();

        void fixed(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                put((byte) (value >>> shift));
            }
        }

        void unsigned(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                put((byte) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((byte) v);
        }

        void signed(int value) {
            unsigned((value << 1) ^ (value >> 31));
        }

        /** 0: null; 1: a new string, its length and UTF-8 bytes; 2 + n: the n-th string written before. */
        void string(String s) {
            if (s == null) {
                unsigned(0);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                unsigned(2 + known);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length != s.length() && !new String(utf8, StandardCharsets.UTF_8).equals(s)) {
                throw new IllegalStateException("a string that UTF-8 cannot hold (a lone surrogate)");
            }
            unsigned(1);
            unsigned(utf8.length);
            for (byte b : utf8) {
                put(b);
            }
        }

        private void put(byte b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = b;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private static final class Input {
        private final byte[] bytes;
        private int pos;
        private final List<String> strings = new ArrayList<>();

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int left() {
            return bytes.length - pos;
        }

        int fixed() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value = value << 8 | next() & 0xFF;
            }
            return value;
        }

        int unsigned() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = next();
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new FormatException("a number too long");
        }

        /** A number from 0 to {@code max}. */
        int count(int max) {
            int n = unsigned();
            if (n < 0 || n > max) {
                throw new FormatException("a number out of range: " + n);
            }
            return n;
        }

        int signed() {
            int v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        String string() {
            int tag = unsigned();
            if (tag == 0) {
                return null;
            }
            if (tag == 1) {
                int length = count(left());
                String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
                pos += length;
                strings.add(s);
                return s;
            }
            int index = tag - 2;
            if (index < 0 || index >= strings.size()) {
                throw new FormatException("a string not written before");
            }
            return strings.get(index);
        }

        private byte next() {
            if (pos >= bytes.length) {
                throw new FormatException("the entry ends early");
            }
            return bytes[pos++];
        }
    }
}
