package io.streamhub.adapter.web.pricing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.AnyPrincipal;
import io.streamhub.application.port.in.DistributionAdviceUseCases.EstimateEventCostQuery;
import io.streamhub.application.port.in.DistributionAdviceUseCases.EstimateEventCostUseCase;
import io.streamhub.application.port.in.DistributionAdviceUseCases.RecommendDistributionQuery;
import io.streamhub.application.port.in.DistributionAdviceUseCases.RecommendDistributionUseCase;
import io.streamhub.domain.distribution.DistributionAdvice;
import io.streamhub.domain.distribution.EventEstimate;
import io.streamhub.domain.distribution.EventProfile;
import io.streamhub.domain.distribution.LatencyTarget;
import io.streamhub.domain.distribution.ProviderCost;
import io.streamhub.domain.distribution.StreamingUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Event pricing and distribution advice. Both are calculations on list prices and the seeds' matrix, with
 * no tenant data and no state change: any authenticated caller may use them (like {@code GET /auth/me}).
 */
@Controller("/api/v1/distribution")
@Tag(name = "distribution")
public class DistributionAdviceController {
    private final JsonBodies bodies;
    private final EstimateEventCostUseCase estimates;
    private final RecommendDistributionUseCase advisor;

    public DistributionAdviceController(JsonBodies bodies, EstimateEventCostUseCase estimates, RecommendDistributionUseCase advisor) {
        this.bodies = bodies;
        this.estimates = estimates;
        this.advisor = advisor;
    }

    @Serdeable
    @Schema(description = "An event to price. audience 1–100,000,000; bitrateMbps (0, 100]; hours (0, 744]; "
            + "segmentSeconds 1–60 (default 4, decides the request count); p2pRatio 0–0.95 (default 0); "
            + "provider: one configured provider, all when absent")
    public record EstimateRequest(Long audience, Double bitrateMbps, Double hours, @Nullable String provider,
                                  @Nullable Double p2pRatio, @Nullable Integer segmentSeconds) {
    }

    @Serdeable
    public record ProviderCostDto(String provider, double cost, double bandwidthCost, double requestCost,
                                  String currency, String note, String tiers, String requestFee) {
        static ProviderCostDto from(ProviderCost c) {
            return new ProviderCostDto(c.provider(), c.cost(), c.bandwidthCost(), c.requestCost(),
                    ProviderCost.CURRENCY, c.note().isEmpty() ? null : c.note(), c.tiers(), c.requestFee());
        }
    }

    @Serdeable
    public record EstimateDto(long audience, double bitrateMbps, double hours, int segmentSeconds, double p2pRatio,
                              double gb, double tb, double cdnGb, double p2pGb, long cdnRequests,
                              String currency, List<ProviderCostDto> providers) {
        static EstimateDto from(EventEstimate e) {
            EventProfile event = e.event();
            return new EstimateDto(event.audience(), event.bitrateMbps(), event.hours(), event.segmentSeconds(), event.p2pRatio(),
                    scale(e.gb(), 3), scale(e.tb(), 6), scale(e.cdnGb(), 3), scale(e.p2pGb(), 3), e.cdnRequests(),
                    ProviderCost.CURRENCY, e.providers().stream().map(ProviderCostDto::from).toList());
        }
    }

    @Serdeable
    public record DeliveryDto(boolean webrtc, boolean hls, boolean cdn, boolean p2p) {
    }

    @Serdeable
    public record AdviceDto(String mode, String reason, String useCase, long audience, String latency,
                            String expectedLatency, DeliveryDto delivery) {
        static AdviceDto from(DistributionAdvice a) {
            return new AdviceDto(a.mode().wireName(), a.reason(), a.useCase().wireName(), a.audience(), a.latency().wireName(),
                    a.expectedLatency(), new DeliveryDto(a.delivery().webrtc(), a.delivery().hls(), a.delivery().cdn(), a.delivery().p2p()));
        }
    }

    @Post("/estimate")
    @AnyPrincipal
    @Operation(summary = "Price an event: GB transferred and cost per CDN provider at the configured list prices (read-only)",
            description = "GB = audience × bitrateMbps × hours × 0.45 (decimal GB). The CDN carries (1 − p2pRatio) of it and "
                    + "bills bandwidth by tier plus requests: one playlist reload per segment duration per viewer, plus one "
                    + "segment for the CDN's share. Costs in USD rounded to cents. Prices: docs/pricing.md.")
    public ApiResponse<EstimateDto> estimate(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = EstimateRequest.class))) String rawBody) {
        EstimateRequest body = bodies.read(rawBody, EstimateRequest.class);
        EventProfile event = new EventProfile(Params.required(body.audience(), "audience"),
                Params.required(body.bitrateMbps(), "bitrateMbps"), Params.required(body.hours(), "hours"),
                body.segmentSeconds() == null ? EventProfile.DEFAULT_SEGMENT_SECONDS : body.segmentSeconds(),
                body.p2pRatio() == null ? 0 : body.p2pRatio());
        Optional<String> provider = Optional.ofNullable(body.provider());
        if (provider.isPresent() && provider.get().isBlank()) {
            provider = Optional.empty();
        }
        return ApiResponse.of(EstimateDto.from(estimates.estimate(new EstimateEventCostQuery(event, provider))));
    }

    @Get("/recommend")
    @AnyPrincipal
    @Operation(summary = "Recommend a distribution mode for an event, with the reason (the seeds' decision matrix; read-only)")
    public ApiResponse<AdviceDto> recommend(
            @Parameter(description = "monitoring (cctv, qc), live-shopping (auction), classroom (webinar), regional-event, "
                    + "mass-event, radio (audio), closed-network (sovereignty), vod, other", required = true,
                    schema = @Schema(type = "string", allowableValues = {"monitoring", "live-shopping", "classroom", "regional-event",
                        "mass-event", "radio", "closed-network", "vod", "other", "cctv", "qc", "auction", "webinar", "audio",
                        "sovereignty"}))
            @Nullable @QueryValue("useCase") String useCase,
            @Parameter(description = "expected concurrent viewers, 1–100,000,000", required = true,
                    schema = @Schema(type = "integer", format = "int64", minimum = "1", maximum = "100000000"))
            @Nullable @QueryValue("audience") String audience,
            @Parameter(description = "realtime (~0.2 s), standard (6–15 s) or relaxed (10–20 s); default: the use case's own",
                    schema = @Schema(type = "string", allowableValues = {"realtime", "standard", "relaxed"}))
            @Nullable @QueryValue("latency") String latency) {
        StreamingUseCase kind = StreamingUseCase.parse("useCase", Params.required(useCase, "useCase"));
        long viewers = Params.positiveLong(Params.required(audience, "audience"), "audience");
        Optional<LatencyTarget> target = Params.text(latency).map(l -> LatencyTarget.parse("latency", l));
        return ApiResponse.of(AdviceDto.from(advisor.recommend(new RecommendDistributionQuery(kind, viewers, target))));
    }

    private static double scale(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
