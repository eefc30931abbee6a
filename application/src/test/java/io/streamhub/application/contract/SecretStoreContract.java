package io.streamhub.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.AppName;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SecretStore} must do. Subclasses supply the store. */
public abstract class SecretStoreContract {
    private static final AppName LIVE = new AppName("live");
    private static final AppName LIVE_TWO = new AppName("live-two");

    private SecretStore secrets;

    /** The store under test, holding no secret. Called before each test. */
    protected abstract SecretStore emptySecretStore();

    @BeforeEach
    void startWithNoSecrets() {
        secrets = emptySecretStore();
    }

    @Test
    void getReturnsTheValuePutUnderTheAppAndKey() {
        secrets.put(LIVE, "callbacks.secret", "s3cr3t-ü-✓");

        assertEquals(Optional.of("s3cr3t-ü-✓"), secrets.get(LIVE, "callbacks.secret"));
    }

    @Test
    void getIsEmptyForAKeyNeverPutOrPutForAnotherApp() {
        secrets.put(LIVE, "callbacks.secret", "one");

        assertEquals(Optional.empty(), secrets.get(LIVE, "s3.secret"));
        assertEquals(Optional.empty(), secrets.get(LIVE_TWO, "callbacks.secret"));
    }

    @Test
    void putReplacesTheValueOfTheSameKey() {
        secrets.put(LIVE, "callbacks.secret", "old");

        secrets.put(LIVE, "callbacks.secret", "new");

        assertEquals(Optional.of("new"), secrets.get(LIVE, "callbacks.secret"));
    }

    @Test
    void removeDeletesOnlyThatKey() {
        secrets.put(LIVE, "callbacks.secret", "one");
        secrets.put(LIVE, "s3.secret", "two");

        secrets.remove(LIVE, "callbacks.secret");

        assertEquals(Optional.empty(), secrets.get(LIVE, "callbacks.secret"));
        assertEquals(Optional.of("two"), secrets.get(LIVE, "s3.secret"));
    }

    @Test
    void removeAllDeletesEveryKeyOfTheAppButNoneOfAnAppWithALongerName() {
        secrets.put(LIVE, "callbacks.secret", "one");
        secrets.put(LIVE, "s3.secret", "two");
        secrets.put(LIVE_TWO, "callbacks.secret", "three");

        secrets.removeAll(LIVE);

        assertEquals(Optional.empty(), secrets.get(LIVE, "callbacks.secret"));
        assertEquals(Optional.empty(), secrets.get(LIVE, "s3.secret"));
        assertEquals(Optional.of("three"), secrets.get(LIVE_TWO, "callbacks.secret"));
    }
}
