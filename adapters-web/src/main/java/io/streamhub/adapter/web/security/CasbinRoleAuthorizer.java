package io.streamhub.adapter.web.security;

import io.streamhub.application.port.out.RoleAuthorizer;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.tenant.Role;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.casbin.jcasbin.persist.file_adapter.FileAdapter;

/**
 * The RBAC matrix from the jcasbin model and policy in {@code casbin/}. The space is small
 * (3 roles × resources × actions), so every verdict is computed once at start-up and each request
 * is a table look-up.
 */
@Singleton
public class CasbinRoleAuthorizer implements RoleAuthorizer {
    private final boolean[][][] table = new boolean[Role.values().length][Resource.values().length][Action.values().length];

    public CasbinRoleAuthorizer() {
        Enforcer enforcer = new Enforcer(Model.newModelFromString(resource("casbin/model.conf")),
                new FileAdapter(stream("casbin/policy.csv")));
        for (Role role : Role.values()) {
            for (Resource resource : Resource.values()) {
                for (Action action : Action.values()) {
                    table[role.ordinal()][resource.ordinal()][action.ordinal()] =
                            enforcer.enforce(role.key(), resource.key(), action.key());
                }
            }
        }
    }

    @Override
    public boolean allows(Role role, Resource resource, Action action) {
        return table[role.ordinal()][resource.ordinal()][action.ordinal()];
    }

    private static InputStream stream(String name) {
        InputStream in = CasbinRoleAuthorizer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing RBAC resource " + name);
        }
        return in;
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
