package io.streamhub.application.fakes;

import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.EventEncoder;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.domain.app.AppName;
import io.streamhub.application.port.out.PasswordHasher;
import io.streamhub.application.port.out.RoleAuthorizer;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.tenant.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Small stand-ins for the technical ports. */
public final class Fakes {
    private Fakes() {
    }

    public static TransactionRunner directTransactions() {
        return new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }

    /** Each app's work runs directly; after-commit actions run at once. */
    public static AppTransactions directAppTransactions() {
        return new AppTransactions() {
            @Override
            public <T> T inApp(AppName app, Supplier<T> work) {
                return work.get();
            }

            @Override
            public void afterCommit(Runnable action) {
                action.run();
            }
        };
    }

    /** Envelopes as {@code key=value} text: stable, readable, and enough for tests that do not parse JSON. */
    public static EventEncoder plainEncoder() {
        return envelope -> envelope.toString();
    }

    public static IdGenerator sequentialIds() {
        AtomicLong n = new AtomicLong();
        return new IdGenerator() {
            @Override
            public UUID uuid() {
                return new UUID(0, n.incrementAndGet());
            }

            @Override
            public String secret(int bytes) {
                return "secret" + n.incrementAndGet() + "x".repeat(Math.max(0, bytes - 8));
            }
        };
    }

    /** Reversible "hash" for tests only: never use outside tests. */
    public static PasswordHasher plainHasher() {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "plain$" + password;
            }

            @Override
            public boolean verify(String password, String encodedHash) {
                return encodedHash.equals("plain$" + password);
            }
        };
    }

    /** owner: everything; editor: all but delete; viewer: read only. */
    public static RoleAuthorizer simpleRoles() {
        return (Role role, Resource resource, Action action) -> switch (role) {
            case OWNER -> true;
            case EDITOR -> action != Action.DELETE;
            case VIEWER -> action == Action.READ;
        };
    }

    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
