package io.streamhub.adapter.web.ipaccess;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.application.port.in.IpAccessUseCases;
import io.streamhub.application.port.in.IpAccessUseCases.AddIpRuleCommand;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.Offender;
import io.streamhub.domain.net.IpAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;

/** IP rules, bans and the network-security settings (platform administrators only). */
@Controller("/api/v1/security")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "security")
public class IpAccessController {
    private final JsonBodies bodies;
    private final IpAccessUseCases.ListIpRulesUseCase rules;
    private final IpAccessUseCases.AddIpRuleUseCase addRule;
    private final IpAccessUseCases.DeleteIpRuleUseCase deleteRule;
    private final IpAccessUseCases.ListBansUseCase bans;
    private final IpAccessUseCases.UnbanUseCase unban;
    private final IpAccessUseCases.SecurityStatusUseCase status;

    public IpAccessController(JsonBodies bodies, IpAccessUseCases.ListIpRulesUseCase rules, IpAccessUseCases.AddIpRuleUseCase addRule,
                              IpAccessUseCases.DeleteIpRuleUseCase deleteRule, IpAccessUseCases.ListBansUseCase bans,
                              IpAccessUseCases.UnbanUseCase unban, IpAccessUseCases.SecurityStatusUseCase status) {
        this.bodies = bodies;
        this.rules = rules;
        this.addRule = addRule;
        this.deleteRule = deleteRule;
        this.bans = bans;
        this.unban = unban;
        this.status = status;
    }

    @Serdeable
    record RuleRequest(String cidr, String action, String note) {
    }

    @Serdeable
    public record IpRuleDto(long id, String cidr, String action, String note, Instant createdAt, String createdBy) {
        static IpRuleDto from(IpRule r) {
            return new IpRuleDto(r.id(), r.cidr().toString(), r.action().key(), r.note(), r.createdAt(), r.createdBy());
        }
    }

    @Serdeable
    public record DeletedDto(long id, boolean deleted) {
    }

    @Serdeable
    public record BanDto(String ip, String reason, Instant firstSeen, int offenseCount, Instant bannedUntil, int escalationLevel,
                         boolean active) {
        static BanDto from(Offender o, boolean active) {
            return new BanDto(o.ip(), o.reason(), o.firstSeen(), o.offenseCount(), o.bannedUntil().orElse(null),
                    o.escalationLevel(), active);
        }
    }

    @Serdeable
    public record BansDto(List<BanDto> active, List<BanDto> recent) {
    }

    @Serdeable
    public record UnbannedDto(String ip, boolean unbanned) {
    }

    @Serdeable
    public record AutobanDto(boolean enabled, int maxOffenses, long windowS, long baseTtlS) {
    }

    @Serdeable
    public record CountsDto(int rules, int allowRules, int blockRules, int activeBans, int trackedOffenders) {
    }

    @Serdeable
    public record StatusDto(String mode, boolean allowlistOnly, AutobanDto autoban, CountsDto counts) {
    }

    @Get("/status")
    @GlobalScope
    @Operation(summary = "Mode, allowlist-only, auto-ban settings and counts")
    public ApiResponse<StatusDto> status() {
        IpAccessUseCases.SecurityStatusView s = status.status();
        return ApiResponse.of(new StatusDto(s.mode().key(), s.allowlistOnly(),
                new AutobanDto(s.autobanEnabled(), s.autoban().maxOffenses(), s.autoban().window().toSeconds(),
                        s.autoban().baseBanTime().toSeconds()),
                new CountsDto(s.rules(), s.allowRules(), s.blockRules(), s.activeBans(), s.trackedOffenders())));
    }

    @Get("/ip-rules")
    @GlobalScope
    @Operation(summary = "Every IP rule, newest first")
    public ApiResponse<List<IpRuleDto>> rules() {
        return ApiResponse.of(rules.rules().stream().map(IpRuleDto::from).toList());
    }

    @Post("/ip-rules")
    @GlobalScope
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Allow or block a network (CIDR or bare IP); effective at once; one rule per network (409)")
    public ApiResponse<IpRuleDto> addRule(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = RuleRequest.class))) String rawBody, @Parameter(hidden = true) Principal actor) {
        RuleRequest body = bodies.read(rawBody, RuleRequest.class);
        IpRule.Draft draft = IpRule.Draft.of(body.cidr(), body.action(), body.note());
        return ApiResponse.of(IpRuleDto.from(addRule.add(new AddIpRuleCommand(draft, actor.name()))));
    }

    @Delete("/ip-rules/{id}")
    @GlobalScope
    @Operation(summary = "Delete an IP rule; effective at once")
    public ApiResponse<DeletedDto> deleteRule(String id) {
        long ruleId = Params.positiveLong(id, "id");
        deleteRule.delete(ruleId);
        return ApiResponse.of(new DeletedDto(ruleId, true));
    }

    @Get("/bans")
    @GlobalScope
    @Operation(summary = "Bans in force and bans that ended within the last seven days")
    public ApiResponse<BansDto> bans() {
        IpAccessUseCases.BansView view = bans.bans();
        return ApiResponse.of(new BansDto(view.active().stream().map(o -> BanDto.from(o, true)).toList(),
                view.recent().stream().map(o -> BanDto.from(o, false)).toList()));
    }

    @Post("/bans/{ip}/unban")
    @GlobalScope
    @Operation(summary = "Lift a ban and forget the address's offenses and escalation")
    public ApiResponse<UnbannedDto> unban(String ip) {
        InetAddress address = IpAddresses.parse(ip).orElseThrow(() -> new InvalidInputException("ip", "ip must be an IP address"));
        unban.unban(address);
        return ApiResponse.of(new UnbannedDto(address.getHostAddress(), true));
    }
}
