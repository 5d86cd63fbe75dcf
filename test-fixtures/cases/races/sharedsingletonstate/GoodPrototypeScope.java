package races.sharedsingletonstate;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** A @Scope("prototype") bean: Spring creates a new instance per use, so its mutable fields are not shared between requests. */
@Component
@Scope("prototype")
public class GoodPrototypeScope {
    private final StringBuilder csv = new StringBuilder();
    private int rows;

    public void addRow(String... cells) {
        csv.append(String.join(",", cells)).append('\n');
        rows++;
    }

    public String build() {
        return "# rows: " + rows + "\n" + csv;
    }
}
