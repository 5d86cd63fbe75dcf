// EXPECT: none
package probe13c; import java.util.ArrayList;
import java.util.List;

/**
 * Summarises a batch of sensor samples uploaded by a gateway. The batch is
 * validated on a dedicated worker thread so the upload handler can stream
 * the next chunk from the socket in the meantime; the handler then joins
 * the worker before building the acknowledgement.
 */
public class IngestBatchSummary {

    private final List<double[]> samples;
    private int accepted;
    private int rejected;
    private double maxValue = Double.NEGATIVE_INFINITY;

    public IngestBatchSummary(List<double[]> samples) {
        this.samples = samples;
    }

    private void validate() {
        for (double[] sample : samples) {
            if (sample.length != 2 || Double.isNaN(sample[1])) {
                rejected++;
                continue;
            }
            accepted++;
            if (sample[1] > maxValue) {
                maxValue = sample[1];
            }
        }
    }

    public String acknowledge(String gatewayId) throws InterruptedException {
        Thread validator = new Thread(this::validate, "batch-validate-" + gatewayId);
        validator.start();
        long bytesDrained = drainRemainingUpload();
        validator.join();
        return gatewayId + " accepted=" + accepted // OK: worker's writes happen-before this read via Thread.join()
                + " rejected=" + rejected
                + " max=" + maxValue
                + " drained=" + bytesDrained;
    }

    private long drainRemainingUpload() {
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            total += i;
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        List<double[]> batch = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            if (i % 97 == 0) {
                batch.add(new double[] {i, Double.NaN});
            } else {
                batch.add(new double[] {i, Math.sin(i) * 40.0});
            }
        }
        System.out.println(new IngestBatchSummary(batch).acknowledge("gw-17"));
    }
}
