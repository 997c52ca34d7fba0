package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransferMeterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void bytesRateAndTimeLeftReadAsAPersonSaysThem() {
        TransferMeter meter = new TransferMeter(0, 0);
        assertEquals("0.0 of 9.9 MB", meter.describe(0, 9_912_422, 0));
        assertEquals("2.0 of 9.9 MB, 1.0 MB/s, about 8 s left", meter.describe(2_000_000, 9_912_422, 2 * SECOND));
        assertEquals("28.9 kB", meter.describe(28_881, -1, 0));
        assertEquals("2 min 05 s", TransferMeter.duration(124.2));
    }

    @Test
    void aResumedDownloadMeasuresItsRateFromWhereItResumed() {
        TransferMeter meter = new TransferMeter(5_000_000, 0);
        assertEquals(500_000.0, meter.rate(6_000_000, 2 * SECOND), 1e-6);
    }
}
