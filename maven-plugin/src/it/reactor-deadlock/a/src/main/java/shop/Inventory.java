package shop;

/** Moves stock between the shelf and the store room, locking the shelf first. */
public class Inventory {
    public static final Object SHELF = new Object();
    public static final Object STOREROOM = new Object();
    private static int onShelf;
    private static int inStore;

    public static void restock(int n) {
        synchronized (SHELF) {
            synchronized (STOREROOM) {
                inStore -= n;
                onShelf += n;
            }
        }
    }
}
