// EXPECT: this-escape @ line 10
package recall;

public class PublishThisStatic {
    public static volatile PublishThisStatic published;

    private final int importantData;

    public PublishThisStatic() {
        published = this;
        importantData = 42;
    }

    public int getImportantData() {
        return importantData;
    }

    public static void main(String[] args) {
        new Thread(() -> {
            PublishThisStatic p;
            while ((p = published) == null) {
                Thread.onSpinWait();
            }
            System.out.println(p.getImportantData());
        }).start();
        new PublishThisStatic();
    }
}
