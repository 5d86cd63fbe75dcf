// EXPECT: lazy-init @ line 12
package recall;

import java.util.HashMap;
import java.util.Map;

public class LazyInitStatic {
    private static Map<String, String> mimeTypes;

    public static String mimeTypeFor(String ext) {
        if (mimeTypes == null) {
            mimeTypes = new HashMap<>();
            mimeTypes.put("html", "text/html");
            mimeTypes.put("css", "text/css");
            mimeTypes.put("js", "application/javascript");
            mimeTypes.put("png", "image/png");
        }
        return mimeTypes.getOrDefault(ext, "application/octet-stream");
    }
}
