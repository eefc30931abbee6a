package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressAuth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IngressAuthRepository} must do. Subclasses supply the store and create the app
 * workspaces: ingress passwords live in an app's own workspace, so an app without one holds none.
 */
public abstract class IngressAuthRepositoryContract {
    private static final AppName LIVE = new AppName("live");
    private static final AppName NEWS = new AppName("news");
    private static final AppName GHOST = new AppName("ghost");

    private IngressAuthRepository auths;

    /** The repository under test, with no app workspace at all. Called first, before each test. */
    protected abstract IngressAuthRepository emptyIngressAuthRepository();

    /** Gives {@code app} an empty workspace (for a real store: its directory and migrated database). */
    protected abstract void createWorkspace(AppName app);

    @BeforeEach
    void startWithTwoAppsWithoutPasswords() {
        auths = emptyIngressAuthRepository();
        createWorkspace(LIVE);
        createWorkspace(NEWS);
    }

    @Test
    void aSavedUnvalidatedPasswordIsFoundByItsIngressId() {
        IngressAuth auth = unvalidated("IN_encoder", "hash-1", 0);

        auths.save(LIVE, auth);

        assertEquals(Optional.of(auth), auths.find(LIVE, "IN_encoder"));
        assertEquals(Optional.empty(), auths.find(LIVE, "IN_encoder").orElseThrow().validatedAt());
    }

    @Test
    void aSavedValidatedPasswordIsFoundWithItsValidationTime() {
        IngressAuth auth = unvalidated("IN_encoder", "hash-1", 0).validated(at(61_001));

        auths.save(LIVE, auth);

        assertEquals(Optional.of(auth), auths.find(LIVE, "IN_encoder"));
        assertEquals(Optional.of(at(61_001)), auths.find(LIVE, "IN_encoder").orElseThrow().validatedAt());
    }

    @Test
    void findsNothingForAnUnknownIngressId() {
        auths.save(LIVE, unvalidated("IN_encoder", "hash-1", 0));

        assertEquals(Optional.empty(), auths.find(LIVE, "IN_other"));
    }

    @Test
    void savingTheSameIngressAgainRecordsItsValidation() {
        IngressAuth auth = unvalidated("IN_encoder", "hash-1", 0);
        auths.save(LIVE, auth);

        auths.save(LIVE, auth.validated(at(5_000)));

        IngressAuth found = auths.find(LIVE, "IN_encoder").orElseThrow();
        assertTrue(found.isValidated());
        assertEquals(auth.validated(at(5_000)), found);
    }

    @Test
    void savingTheSameIngressAgainReplacesHashCreationAndValidation() {
        auths.save(LIVE, unvalidated("IN_encoder", "hash-1", 0).validated(at(1_000)));
        IngressAuth replaced = unvalidated("IN_encoder", "hash-2", 9_000);

        auths.save(LIVE, replaced);

        assertEquals(Optional.of(replaced), auths.find(LIVE, "IN_encoder"));
    }

    @Test
    void deleteRemovesOnlyThatIngress() {
        IngressAuth kept = unvalidated("IN_kept", "hash-k", 0);
        auths.save(LIVE, unvalidated("IN_gone", "hash-g", 0));
        auths.save(LIVE, kept);

        auths.delete(LIVE, "IN_gone");

        assertEquals(Optional.empty(), auths.find(LIVE, "IN_gone"));
        assertEquals(Optional.of(kept), auths.find(LIVE, "IN_kept"));
    }

    @Test
    void aDeletedIngressCanBeSavedAgain() {
        auths.save(LIVE, unvalidated("IN_encoder", "hash-1", 0).validated(at(1_000)));
        auths.delete(LIVE, "IN_encoder");
        IngressAuth fresh = unvalidated("IN_encoder", "hash-2", 2_000);

        auths.save(LIVE, fresh);

        assertEquals(Optional.of(fresh), auths.find(LIVE, "IN_encoder"));
    }

    @Test
    void deletingAMissingIngressIsANoOp() {
        IngressAuth kept = unvalidated("IN_kept", "hash-k", 0);
        auths.save(LIVE, kept);

        auths.delete(LIVE, "IN_missing");
        auths.delete(NEWS, "IN_kept");

        assertEquals(Optional.of(kept), auths.find(LIVE, "IN_kept"));
    }

    @Test
    void eachAppSeesOnlyItsOwnPasswordsEvenUnderTheSameId() {
        IngressAuth live = unvalidated("IN_shared", "hash-live", 0);
        IngressAuth news = unvalidated("IN_shared", "hash-news", 1_000).validated(at(2_000));
        IngressAuth newsOnly = unvalidated("IN_news", "hash-only", 3_000);
        auths.save(LIVE, live);
        auths.save(NEWS, news);
        auths.save(NEWS, newsOnly);

        assertEquals(Optional.of(live), auths.find(LIVE, "IN_shared"));
        assertEquals(Optional.of(news), auths.find(NEWS, "IN_shared"));
        assertEquals(Optional.empty(), auths.find(LIVE, "IN_news"));

        auths.delete(NEWS, "IN_shared");

        assertEquals(Optional.of(live), auths.find(LIVE, "IN_shared"));
        assertEquals(Optional.empty(), auths.find(NEWS, "IN_shared"));
    }

    @Test
    void readsAndDeletesForAnAppWithoutAWorkspaceFindNothing() {
        auths.save(LIVE, unvalidated("IN_encoder", "hash-1", 0));

        assertEquals(Optional.empty(), auths.find(GHOST, "IN_encoder"));
        auths.delete(GHOST, "IN_encoder");
        assertEquals(Optional.empty(), auths.find(GHOST, "IN_encoder"));
    }

    @Test
    void savingForAnAppWithoutAWorkspaceIsRefused() {
        IngressAuth auth = unvalidated("IN_encoder", "hash-1", 0);

        assertThrows(IllegalStateException.class, () -> auths.save(GHOST, auth));

        assertEquals(Optional.empty(), auths.find(GHOST, "IN_encoder"));
    }

    private static IngressAuth unvalidated(String ingressId, String hash, long createdAfterT0) {
        return new IngressAuth(ingressId, hash, at(createdAfterT0), Optional.empty());
    }
}
