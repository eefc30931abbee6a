package io.streamhub.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PriceListTest {

    static final PriceList CLOUDFRONT = PriceList.parse("cloudfront",
            "10TB@0.085,40TB@0.080,100TB@0.060,350TB@0.040,524TB@0.030,4PB@0.025,rest@0.020", "0.01/10k", "");

    @Test
    void aFlatPriceChargesEveryGigabyteTheSame() {
        PriceList flat = PriceList.parse("fastly", "0.12", "0.0075/10k", "");
        assertEquals(120.0, flat.bandwidthCost(1_000), 1e-9);
        assertEquals(0.0, flat.bandwidthCost(0), 1e-9);
    }

    @Test
    void tiersChargeEachSliceOfTheVolumeAtItsOwnPrice() {
        // 10 TB at 0.085 + 40 TB at 0.080 + 10 TB at 0.060
        assertEquals(850 + 3_200 + 600, CLOUDFRONT.bandwidthCost(60_000), 1e-6);
        assertEquals(850, CLOUDFRONT.bandwidthCost(10_000), 1e-6);
        assertEquals(850 + 0.08, CLOUDFRONT.bandwidthCost(10_001), 1e-6);
    }

    @Test
    void theRestTierCoversAnyVolumeBeyondTheListedOnes() {
        double pastAllTiers = 10_000 + 40_000 + 100_000 + 350_000 + 524_000 + 4_000_000;
        double atTheEnd = CLOUDFRONT.bandwidthCost(pastAllTiers);
        assertEquals(atTheEnd + 1_000 * 0.020, CLOUDFRONT.bandwidthCost(pastAllTiers + 1_000), 1e-6);
    }

    @Test
    void sizesAreDecimalUnits() {
        PriceList twoTiers = PriceList.parse("x", "500GB@1,rest@0", "0", "");
        assertEquals(500, twoTiers.bandwidthCost(2_000), 1e-9);
        PriceList petabyte = PriceList.parse("x", "1PB@1,rest@0", "0", "");
        assertEquals(1_000_000, petabyte.bandwidthCost(5_000_000), 1e-6);
    }

    @Test
    void requestFeesAreQuotedPerTenThousandOrPerMillionOrPerAnyCount() {
        assertEquals(180.0, CLOUDFRONT.requestCost(180_000_000L), 1e-9);
        assertEquals(0.75, PriceList.parse("x", "0", "0.75/1M", "").requestCost(1_000_000L), 1e-9);
        assertEquals(2.0, PriceList.parse("x", "0", "1/500", "").requestCost(1_000L), 1e-9);
        assertEquals(0.0, PriceList.parse("x", "0", "0", "").requestCost(1_000_000_000L), 1e-9);
        assertEquals(0.0, PriceList.parse("x", "0", "none", "").requestCost(1_000_000_000L), 1e-9);
    }

    @Test
    void malformedTiersAreRefusedNamingTheTiers() {
        for (String bad : new String[] {"", "abc", "10TB@", "10XB@0.1,rest@0.1", "10TB@0.1", "rest@0.1,10TB@0.1",
                "-5TB@0.1,rest@0.1", "10TB@-0.1,rest@0.1", "10TB@0.1,rest@0.1,rest@0.2", "rest@99"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PriceList.parse("x", bad, "0", ""), bad);
            assertEquals("tiers", e.field(), bad);
        }
    }

    @Test
    void malformedRequestFeesAreRefusedNamingTheFee() {
        for (String bad : new String[] {"", "x/10k", "0.01/", "0.01/0", "-1/10k", "0.01/10q"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PriceList.parse("x", "0", bad, ""), bad);
            assertEquals("requestFee", e.field(), bad);
        }
    }

    @Test
    void providerNamesAreLowercaseWords() {
        assertThrows(InvalidInputException.class, () -> PriceList.parse("Bunny CDN", "0", "0", ""));
        assertTrue(PriceList.parse("bunny-volume", "0", "0", "").provider().equals("bunny-volume"));
    }

    @Test
    void describesItselfInTheSameNotationItWasWrittenIn() {
        assertEquals("10TB@0.085,40TB@0.08,100TB@0.06,350TB@0.04,524TB@0.03,4PB@0.025,rest@0.02", CLOUDFRONT.tiersText());
        assertEquals("0.01/10k", CLOUDFRONT.requestFee().text());
    }
}
