package deadlock.dynamiclockorder;

/** Assigning an order to a courier nests the order's monitor and then the courier's: the two parameters have different types and every path takes Order before Courier, so argument order cannot be reversed. */
public final class GoodDifferentTypes {
    static final class Order {
        private String courierName;

        synchronized String courierName() {
            return courierName;
        }
    }

    static final class Courier {
        private final String name;
        private int load;

        Courier(String name) {
            this.name = name;
        }

        synchronized int load() {
            return load;
        }
    }

    public void assign(Order order, Courier courier) {
        synchronized (order) {
            synchronized (courier) {
                order.courierName = courier.name;
                courier.load++;
            }
        }
    }
}
