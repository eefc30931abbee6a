package io.streamhub.domain.audit;

import io.streamhub.domain.access.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who acted: the kind of principal, its stable id ({@code admin}, {@code usr_…}, the token's numeric id,
 * or {@code -} when nobody authenticated) and, for people, their e-mail.
 */
public record AuditActor(Kind kind, String id, Optional<String> email) {

    public enum Kind {
        /** The break-glass {@code ADMIN_USER}. */
        ADMIN,
        /** A dashboard user flagged superadmin. */
        SUPERADMIN,
        /** A dashboard user acting through a tenant membership. */
        USER,
        /** An {@code sk_} API token (global or app-scoped). */
        TOKEN,
        /** No credentials, or credentials that did not authenticate. */
        ANONYMOUS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public static final AuditActor ANONYMOUS = new AuditActor(Kind.ANONYMOUS, "-", Optional.empty());

    public AuditActor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }

    /** The actor for an authenticated principal; the e-mail is added by whoever can look it up. */
    public static AuditActor of(Principal principal) {
        if (principal instanceof Principal.Superadmin s) {
            return new AuditActor(s.userId().value().equals("admin") ? Kind.ADMIN : Kind.SUPERADMIN, s.userId().value(), Optional.empty());
        }
        if (principal instanceof Principal.Member m) {
            return new AuditActor(Kind.USER, m.userId().value(), Optional.empty());
        }
        Principal.Service token = (Principal.Service) principal;
        return new AuditActor(Kind.TOKEN, Long.toString(token.tokenId()), Optional.empty());
    }

    public AuditActor withEmail(String address) {
        return new AuditActor(kind, id, Optional.ofNullable(address));
    }

    /** {@code kind:id}, the form the audit API filters on. */
    public String label() {
        return kind.key() + ":" + id;
    }
}
