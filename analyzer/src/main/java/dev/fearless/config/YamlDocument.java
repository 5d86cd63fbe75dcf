package dev.fearless.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads one YAML file as plain maps, lists and scalars, more strictly than YAML itself: a key given
 * twice in one mapping is an error (YAML parsers keep the last one, so the first would be silently
 * ignored). Every message starts with the file's name and says where, like the configuration's own.
 */
final class YamlDocument {

    private YamlDocument() {
    }

    /**
     * The file's content, or {@code null} for an empty file.
     *
     * @param where the file as messages name it
     * @throws ConfigException if the file cannot be read, is not YAML or repeats a key
     */
    static Object load(Path file, String where) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(where + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(where + ": cannot read: permission denied");
        } catch (CharacterCodingException e) {
            throw new ConfigException(where + ": cannot read: not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try {
            Node root = yaml.compose(new java.io.StringReader(text));
            if (root != null) {
                checkKeys(root, "", where, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            return yaml.load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new ConfigException(where + ": not valid YAML" + (mark == null ? "" : " at " + at(mark)) + ": "
                    + (problem == null ? "syntax error" : problem.replaceAll("\\s+", " ").strip()));
        } catch (YAMLException e) {
            throw new ConfigException(where + ": not valid YAML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    /** Rejects a mapping that holds a key twice, naming the mapping's path as the other messages do. */
    private static void checkKeys(Node node, String path, String where, Set<Node> seen) throws ConfigException {
        if (!seen.add(node)) {
            return; // an alias of a node already checked
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String child = path;
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    Node first = keys.putIfAbsent(key.getValue(), key);
                    if (first != null) {
                        throw new ConfigException(where + ": " + child + ": duplicate key (lines "
                                + (first.getStartMark().getLine() + 1) + " and " + (key.getStartMark().getLine() + 1)
                                + "); give it once");
                    }
                }
                checkKeys(tuple.getValueNode(), child, where, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                checkKeys(sequence.getValue().get(i), path + "[" + i + "]", where, seen);
            }
        }
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
