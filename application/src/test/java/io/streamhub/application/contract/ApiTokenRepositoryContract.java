package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.T0;
import static io.streamhub.application.contract.ContractData.app;
import static io.streamhub.application.contract.ContractData.at;
import static io.streamhub.application.contract.ContractData.insertPlatform;
import static io.streamhub.application.contract.ContractData.tenant;
import static io.streamhub.application.contract.ContractData.tenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenHash;
import io.streamhub.domain.token.TokenScope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenRepository} must do. Subclasses supply the store. */
public abstract class ApiTokenRepositoryContract {
    private static final TenantId ACME = tenantId(1);

    private ApiTokenRepository tokens;
    private App live;

    /** The repository under test, holding no token. Called first, before each test. */
    protected abstract ApiTokenRepository emptyTokenRepository();

    /** The apps that app-scoped tokens belong to, as seen by the repository under test. */
    protected abstract AppRepository appRepository();

    protected abstract TenantRepository tenantRepository();

    @BeforeEach
    void startWithOneAppAndNoTokens() {
        tokens = emptyTokenRepository();
        insertPlatform(tenantRepository());
        tenantRepository().insert(tenant(ACME, T0), TenantQuotas.freePlan(ACME));
        live = appRepository().insert(app("live", ACME));
    }

    @Test
    void insertAssignsAnIdAndTheTokenIsFoundByItsHash() {
        ApiToken stored = tokens.insert(globalToken("ci", "sk_ci", IpAllowlist.parse(List.of("10.0.0.0/8", "2001:db8::/32"))));

        assertTrue(stored.id() > 0);
        assertEquals(Optional.of(stored), tokens.findActiveByHash(TokenHash.of("sk_ci")));
        assertEquals(Optional.of(stored), tokens.findById(stored.id()));
    }

    @Test
    void anAppTokenIsFoundWithItsAppAndTenant() {
        ApiToken stored = tokens.insert(appToken("ingest", "sk_ingest", live));

        ApiToken found = tokens.findActiveByHash(TokenHash.of("sk_ingest")).orElseThrow();

        assertEquals(stored, found);
        assertEquals(Optional.of(live.id()), found.appId());
        assertEquals(Optional.of(live.name()), found.appName());
        assertEquals(ACME, found.tenantId());
    }

    @Test
    void findsNoTokenForAnUnknownHashOrId() {
        ApiToken stored = tokens.insert(globalToken("ci", "sk_ci", IpAllowlist.ANY));

        assertEquals(Optional.empty(), tokens.findActiveByHash(TokenHash.of("sk_other")));
        assertEquals(Optional.empty(), tokens.findById(stored.id() + 1));
    }

    @Test
    void aRevokedTokenIsNoLongerFoundByHashButStaysListedAsRevoked() {
        ApiToken stored = tokens.insert(globalToken("ci", "sk_ci", IpAllowlist.ANY));

        assertTrue(tokens.revoke(stored.id()));

        assertEquals(Optional.empty(), tokens.findActiveByHash(TokenHash.of("sk_ci")));
        assertTrue(tokens.findById(stored.id()).orElseThrow().revoked());
        assertEquals(List.of(true), tokens.findAll().stream().map(ApiToken::revoked).toList());
    }

    @Test
    void revokeReportsFalseForAnUnknownToken() {
        assertFalse(tokens.revoke(42));
    }

    @Test
    void listsEveryTokenNewestFirst() {
        ApiToken first = tokens.insert(globalToken("first", "sk_1", IpAllowlist.ANY));
        ApiToken second = tokens.insert(appToken("second", "sk_2", live));
        ApiToken third = tokens.insert(globalToken("third", "sk_3", IpAllowlist.ANY));

        assertEquals(List.of(third, second, first), tokens.findAll());
    }

    @Test
    void theTokensOfADeletedAppAreNeitherFoundNorListed() {
        ApiToken appToken = tokens.insert(appToken("ingest", "sk_ingest", live));
        ApiToken global = tokens.insert(globalToken("ci", "sk_ci", IpAllowlist.ANY));

        appRepository().delete(live.id());

        assertEquals(Optional.empty(), tokens.findActiveByHash(TokenHash.of("sk_ingest")));
        assertEquals(Optional.empty(), tokens.findById(appToken.id()));
        assertEquals(List.of(global), tokens.findAll());
    }

    @Test
    void touchLastUsedRecordsWhenTheTokenWasLastUsed() {
        ApiToken stored = tokens.insert(globalToken("ci", "sk_ci", IpAllowlist.ANY));

        tokens.touchLastUsed(stored.id(), at(60_000));

        assertEquals(Optional.of(at(60_000)), tokens.findById(stored.id()).orElseThrow().lastUsedAt());
    }

    private static ApiToken globalToken(String name, String plaintext, IpAllowlist allowedIps) {
        return new ApiToken(0, name, TokenScope.GLOBAL, Optional.empty(), Optional.empty(), TenantId.PLATFORM,
                TokenHash.of(plaintext), allowedIps, Optional.empty(), T0, false);
    }

    private static ApiToken appToken(String name, String plaintext, App app) {
        return new ApiToken(0, name, TokenScope.APP, Optional.of(app.id()), Optional.of(app.name()), app.tenantId(),
                TokenHash.of(plaintext), IpAllowlist.ANY, Optional.empty(), T0, false);
    }
}
