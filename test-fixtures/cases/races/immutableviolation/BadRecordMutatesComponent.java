package races.immutableviolation;

import java.util.List;

/** A record that adds to its list component: records look immutable, but this one's contents change after construction. */
public record BadRecordMutatesComponent(String owner, List<String> items) { // expect: ImmutableViolation['component `items` of record `BadRecordMutatesComponent` holds a mutable `List<String>` that is changed by `BadRecordMutatesComponent.add()`']
    public void add(String item) {
        items.add(item);
    }

    public int size() {
        return items.size();
    }
}
