package io.streamhub.adapter.persistence.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.app.JdbcAppRepository;
import io.streamhub.adapter.persistence.tenant.JdbcTenantRepository;
import io.streamhub.application.contract.ApiTokenRepositoryContract;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenHash;
import io.streamhub.domain.token.TokenScope;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcApiTokenRepositoryContractTest extends ApiTokenRepositoryContract implements TemporaryDataDir {
    @Inject
    JdbcApiTokenRepository tokens;
    @Inject
    JdbcAppRepository apps;
    @Inject
    JdbcTenantRepository tenants;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected ApiTokenRepository emptyTokenRepository() {
        GlobalStore.wipe(transactions, generation);
        return tokens;
    }

    @Override
    protected AppRepository appRepository() {
        return apps;
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }

    @Test
    void findActiveByHashSearchesTheTokenHashIndexAndScansNoTable() {
        List<String> plan = GlobalStore.column(transactions, "detail",
                "EXPLAIN QUERY PLAN " + ApiTokenRows.ACTIVE_BY_HASH.replace(":tokenHash", "?"), "0".repeat(64));

        assertEquals(List.of(), plan.stream().filter(step -> step.startsWith("SCAN")).toList());
        assertEquals(1, plan.stream().filter(step -> step.contains("USING INDEX api_tokens_token_hash")).count(), plan::toString);
    }

    @Test
    void refusesASecondTokenWithTheSameHash() {
        tokens.insert(token("first", "sk_same"));

        assertThrows(RuntimeException.class, () -> tokens.insert(token("second", "sk_same")));
        assertEquals(List.of("first"), tokens.findAll().stream().map(ApiToken::name).toList());
    }

    @Test
    void keepsTheAllowlistAsAJsonArrayOfNetworks() {
        ApiToken stored = tokens.insert(new ApiToken(0, "ci", TokenScope.GLOBAL, Optional.empty(), Optional.empty(),
                TenantId.PLATFORM, TokenHash.of("sk_ci"), IpAllowlist.parse(List.of("203.0.113.7", "10.0.0.0/8")),
                Optional.empty(), Instant.EPOCH, false));

        assertEquals(List.of("[\"203.0.113.7/32\", \"10.0.0.0/8\"]"),
                GlobalStore.column(transactions, "allowed_ips_json", "SELECT allowed_ips_json FROM api_tokens WHERE id = ?",
                        stored.id()));
        assertEquals(stored.allowedIps(), tokens.findActiveByHash(TokenHash.of("sk_ci")).orElseThrow().allowedIps());
    }

    private static ApiToken token(String name, String plaintext) {
        return new ApiToken(0, name, TokenScope.GLOBAL, Optional.empty(), Optional.empty(), TenantId.PLATFORM,
                TokenHash.of(plaintext), IpAllowlist.ANY, Optional.empty(), Instant.EPOCH, false);
    }
}
