package shop.client;

import shop.Inventory;

/** Takes goods back from the shelf into the store room, locking the store room first. */
public class Returns {
    private int returned;

    public void giveBack(int n) {
        synchronized (Inventory.STOREROOM) {
            synchronized (Inventory.SHELF) {
                returned += n;
            }
        }
    }
}
