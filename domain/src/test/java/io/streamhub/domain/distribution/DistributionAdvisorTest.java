package io.streamhub.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seeds' decision matrix, one test per row (with the row's audience and latency), then the general rules. */
class DistributionAdvisorTest {

    static DistributionAdvice advise(String useCase, long audience, String latency) {
        return DistributionAdvisor.recommend(StreamingUseCase.parse("useCase", useCase), audience,
                Optional.ofNullable(latency).map(l -> LatencyTarget.parse("latency", l)));
    }

    @Nested
    class MatrixRows {
        @Test
        void cctvMonitoringAndQcForATwentyViewersIsPureWebRtcOnTheEdge() {
            DistributionAdvice advice = advise("monitoring", 20, "realtime");
            assertEquals(DistributionMode.EDGE, advice.mode());
            assertTrue(advice.delivery().webrtc() && !advice.delivery().hls() && !advice.delivery().cdn(), advice.toString());
            assertEquals("~0.2 s", advice.expectedLatency());
        }

        @Test
        void liveShoppingOrAnAuctionKeepsTheHostAndVipsOnWebRtcAndSendsTheRestToCdnHls() {
            DistributionAdvice advice = advise("live-shopping", 2_000, "realtime");
            assertEquals(DistributionMode.HYBRID, advice.mode());
            assertTrue(advice.delivery().webrtc() && advice.delivery().hls() && advice.delivery().cdn(), advice.toString());
            assertFalse(advice.delivery().p2p());
            assertEquals("0.2 s / 6–15 s", advice.expectedLatency());
            assertTrue(advice.reason().contains("host"), advice.reason());
        }

        @Test
        void anInteractiveClassOrWebinarIsWebRtcThroughARegionalEdge() {
            DistributionAdvice advice = advise("classroom", 300, "realtime");
            assertEquals(DistributionMode.EDGE, advice.mode());
            assertTrue(advice.delivery().webrtc());
        }

        @Test
        void aRegionalEventOfThousandsIsHlsBehindACdn() {
            DistributionAdvice advice = advise("regional-event", 10_000, "standard");
            assertEquals(DistributionMode.CDN, advice.mode());
            assertTrue(!advice.delivery().webrtc() && advice.delivery().cdn() && !advice.delivery().p2p(), advice.toString());
            assertEquals("6–15 s", advice.expectedLatency());
        }

        @Test
        void aMassEventIsCdnPlusP2p() {
            DistributionAdvice advice = advise("mass-event", 100_000, "relaxed");
            assertEquals(DistributionMode.HYBRID, advice.mode());
            assertTrue(!advice.delivery().webrtc() && advice.delivery().cdn() && advice.delivery().p2p(), advice.toString());
            assertEquals("10–20 s", advice.expectedLatency());
            assertTrue(advice.reason().contains("250 Gbps"), advice.reason());
        }

        @Test
        void radioOrAudioAroundTheClockIsCdnWithP2pAsTheOption() {
            DistributionAdvice advice = advise("radio", 5_000, "standard");
            assertEquals(DistributionMode.CDN, advice.mode());
            assertTrue(advice.reason().contains("15"), advice.reason());
            assertTrue(advice.reason().contains("p2p"), advice.reason());
        }

        @Test
        void aClosedNetworkOrSovereigntyRequirementMakesEdgesMandatoryAtAnySize() {
            DistributionAdvice advice = advise("closed-network", 20_000, "realtime");
            assertEquals(DistributionMode.EDGE, advice.mode());
            assertFalse(advice.delivery().cdn() || advice.delivery().p2p());
            assertTrue(advice.reason().contains("edge nodes"), advice.reason());
        }

        @Test
        void aVodCatalogIsObjectStorageBehindACdn() {
            DistributionAdvice advice = advise("vod", 50_000, null);
            assertEquals(DistributionMode.CDN, advice.mode());
            assertEquals("n/a", advice.expectedLatency());
            assertTrue(advice.reason().contains("public_url"), advice.reason());
        }
    }

    @Nested
    class GeneralRules {
        @Test
        void theMassTailNeverRidesWebRtcWhateverTheUseCaseAsks() {
            DistributionAdvice advice = advise("monitoring", 100_000, "realtime");
            assertNotEquals(DistributionMode.EDGE, advice.mode());
            assertTrue(advice.delivery().cdn(), advice.toString());
            assertTrue(advice.reason().contains("never WebRTC for the mass tail"), advice.reason());
        }

        @Test
        void interactiveAudiencesWithinAFewThousandGoToEdges() {
            assertEquals(DistributionMode.EDGE, advise("other", 1_500, "realtime").mode());
            assertEquals(DistributionMode.HYBRID, advise("other", 6_000, "realtime").mode());
        }

        @Test
        void aMassiveAudienceThatCannotWaitForTheMeshStaysOnPlainCdn() {
            DistributionAdvice advice = advise("other", 200_000, "standard");
            assertEquals(DistributionMode.CDN, advice.mode());
            assertTrue(advice.reason().contains("relaxed"), advice.reason());
        }

        @Test
        void massiveAndRelaxedAddsP2p() {
            assertEquals(DistributionMode.HYBRID, advise("other", 60_000, "relaxed").mode());
            assertTrue(advise("other", 60_000, "relaxed").delivery().p2p());
        }

        @Test
        void afewHundredViewersFitOnOneNodeWithoutACdn() {
            assertEquals(DistributionMode.EDGE, advise("other", 300, "standard").mode());
            assertEquals(DistributionMode.CDN, advise("other", 3_000, "standard").mode());
        }

        @Test
        void aSmallLiveShoppingShowIsAllInteractive() {
            assertEquals(DistributionMode.EDGE, advise("auction", 50, null).mode());
        }

        @Test
        void theLatencyDefaultsToTheUseCasesOwn() {
            assertEquals(LatencyTarget.REALTIME, advise("webinar", 100, null).latency());
            assertEquals(LatencyTarget.RELAXED, advise("mass-event", 100_000, null).latency());
            assertEquals(LatencyTarget.STANDARD, advise("other", 100, null).latency());
        }

        @Test
        void everyAdviceExplainsItselfInWords() {
            for (StreamingUseCase useCase : StreamingUseCase.values()) {
                for (long audience : new long[] {1, 500, 5_000, 50_000, 5_000_000}) {
                    DistributionAdvice advice = DistributionAdvisor.recommend(useCase, audience, Optional.empty());
                    assertTrue(advice.reason().length() > 30, advice.toString());
                    assertTrue(advice.delivery().webrtc() || advice.delivery().hls(), advice.toString());
                    if (audience > DistributionAdvisor.INTERACTIVE_MAX && useCase != StreamingUseCase.CLOSED_NETWORK) {
                        assertTrue(advice.delivery().cdn(), "mass tail on a CDN: " + advice);
                    }
                }
            }
        }
    }

    @Nested
    class Parsing {
        @Test
        void unknownValuesAreRefusedListingTheAllowedOnes() {
            InvalidInputException useCase = assertThrows(InvalidInputException.class, () -> StreamingUseCase.parse("useCase", "concert"));
            assertEquals("useCase", useCase.field());
            assertTrue(useCase.getMessage().contains("mass-event"), useCase.getMessage());
            InvalidInputException latency = assertThrows(InvalidInputException.class, () -> LatencyTarget.parse("latency", "fast"));
            assertEquals("latency", latency.field());
            assertTrue(latency.getMessage().contains("realtime, standard, relaxed"), latency.getMessage());
        }

        @Test
        void anAudienceMustBeAtLeastOneViewerAndNotAbsurd() {
            assertEquals("audience", assertThrows(InvalidInputException.class,
                    () -> DistributionAdvisor.recommend(StreamingUseCase.OTHER, 0, Optional.empty())).field());
            assertEquals("audience", assertThrows(InvalidInputException.class,
                    () -> DistributionAdvisor.recommend(StreamingUseCase.OTHER, EventProfile.MAX_AUDIENCE + 1, Optional.empty())).field());
        }

        @Test
        void aliasesNameTheSameRow() {
            assertEquals(StreamingUseCase.MONITORING, StreamingUseCase.parse("useCase", "cctv"));
            assertEquals(StreamingUseCase.LIVE_SHOPPING, StreamingUseCase.parse("useCase", "auction"));
            assertEquals(StreamingUseCase.CLASSROOM, StreamingUseCase.parse("useCase", "webinar"));
            assertEquals(StreamingUseCase.RADIO, StreamingUseCase.parse("useCase", "audio"));
        }
    }
}
