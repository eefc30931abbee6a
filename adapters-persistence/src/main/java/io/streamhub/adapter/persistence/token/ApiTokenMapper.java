package io.streamhub.adapter.persistence.token;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenHash;
import io.streamhub.domain.token.TokenScope;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** Rows to tokens and back; the allowlist is a JSON array of strings, read and written with snakeyaml's JSON subset. */
final class ApiTokenMapper {
    private ApiTokenMapper() {
    }

    static ApiToken toDomain(ListedToken row) {
        return new ApiToken(row.id(), row.name(), TokenScope.parse(row.scope()), Optional.ofNullable(row.appId()),
                Optional.ofNullable(row.appName()).map(AppName::new), new TenantId(row.tenantId()),
                new TokenHash(row.tokenHash()), IpAllowlist.parse(readJsonStrings(row.allowedIpsJson())),
                Optional.ofNullable(row.lastUsedAt()), row.createdAt(), row.revoked());
    }

    static ApiTokenRow toNewRow(ApiToken token) {
        return new ApiTokenRow(null, token.name(), token.hash().hex(), token.scope().key(), token.appId().orElse(null),
                token.tenantId().value(), writeJsonStrings(token.allowedIps().asStrings()),
                token.lastUsedAt().orElse(null), token.createdAt(), token.revoked());
    }

    private static List<String> readJsonStrings(String json) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    private static String writeJsonStrings(List<String> values) {
        DumperOptions json = new DumperOptions();
        json.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        json.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        json.setWidth(Integer.MAX_VALUE);
        return new Yaml(new Representer(json), json).dump(values).strip();
    }
}
