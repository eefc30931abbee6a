package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.in.DeleteAppCommand;
import io.streamhub.application.port.in.IssueApiTokenCommand;
import io.streamhub.application.port.in.UpdateAppCommand;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenScope;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);

    @Test
    void membersCreateAppsInTheirOwnTenantUpToTheQuota() {
        TenantId tenant = f.newTenant("Acme");
        Principal owner = f.member(tenant, "owner@acme.test", Role.OWNER);
        assertEquals(tenant, f.createApp(owner, "acme-one").tenantId());
        f.createApp(owner, "acme-two");
        QuotaExceededException e = assertThrows(QuotaExceededException.class, () -> f.createApp(owner, "acme-three"));
        assertEquals("maxApps", e.quota());
        assertEquals(2, e.limit());
        assertEquals(2, e.used());
        assertTrue(f.apps.findByName(new AppName("acme-three")).isEmpty());
        assertEquals(java.util.List.of("quota maxApps"), f.metrics.events);
    }

    @Test
    void duplicateNamesAndOverlappingPrefixesConflict() {
        f.createApp(f.admin, "show");
        ConflictException dup = assertThrows(ConflictException.class, () -> f.createApp(f.admin, "show"));
        assertEquals("name", dup.field());
        ConflictException overlap = assertThrows(ConflictException.class, () -> f.createApp(f.admin, "show-b"));
        assertEquals("roomPrefix", overlap.field());
    }

    @Test
    void listingFollowsVisibility() {
        TenantId acme = f.newTenant("Acme");
        TenantId other = f.newTenant("Other");
        f.createApp(f.admin, "platform-app");
        App acmeApp = f.createApp(f.member(acme, "o@acme.test", Role.OWNER), "acme-app");
        f.createApp(f.member(other, "o@other.test", Role.OWNER), "other-app");
        Principal acmeViewer = f.member(acme, "v@acme.test", Role.VIEWER);
        Principal appToken = new Principal.Service(9, TokenScope.APP, Optional.of(acmeApp.name()), acme);

        assertEquals(3, f.appService.list(f.admin).size());
        assertEquals(java.util.List.of(acmeApp), f.appService.list(acmeViewer));
        assertEquals(java.util.List.of(acmeApp), f.appService.list(appToken));
    }

    @Test
    void callbackSecretsAreStoredAsideAndOnlyFlagged() {
        f.createApp(f.admin, "hooks");
        var changes = new AppConfigChanges(null, null, null, null, null, "https://example.test/hook", "s3cr3t", null, null, null);
        var view = f.appService.updateConfig(new UpdateAppCommand(new AppName("hooks"), Optional.empty(), Optional.empty(), changes));
        assertTrue(view.config().callbacks().secretSet());
        assertEquals(Optional.of("s3cr3t"), f.secrets.get(new AppName("hooks"), AppService.CALLBACK_SECRET));
        var cleared = new AppConfigChanges(null, null, null, null, null, null, "", null, null, null);
        view = f.appService.updateConfig(new UpdateAppCommand(new AppName("hooks"), Optional.empty(), Optional.empty(), cleared));
        assertFalse(view.config().callbacks().secretSet());
    }

    @Test
    void storageKeysAreStoredAsideFlaggedAndClearedByAnEmptyValue() {
        f.createApp(f.admin, "vault");
        AppName vault = new AppName("vault");
        var changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.StorageChanges("http://127.0.0.1:9000", null, "vods", "apps/vault", true, "AKIA1", "sk-1"));
        var view = f.appService.updateConfig(new UpdateAppCommand(vault, Optional.empty(), Optional.empty(), changes));
        assertTrue(view.config().storage().configured());
        assertEquals(Optional.of("AKIA1"), f.secrets.get(vault, AppService.STORAGE_ACCESS_KEY));
        assertEquals(Optional.of("sk-1"), f.secrets.get(vault, AppService.STORAGE_SECRET_KEY));
        assertTrue(f.appService.config(vault).config().storage().secretKeySet());
        var cleared = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.StorageChanges(null, null, null, null, null, null, ""));
        view = f.appService.updateConfig(new UpdateAppCommand(vault, Optional.empty(), Optional.empty(), cleared));
        assertFalse(view.config().storage().secretKeySet());
        assertTrue(view.config().storage().accessKeySet());
        assertEquals(Optional.empty(), f.secrets.get(vault, AppService.STORAGE_SECRET_KEY));
    }

    @Test
    void renamingToAnOverlappingPrefixIsRefusedAndStoresNothing() {
        f.createApp(f.admin, "alpha");
        f.createApp(f.admin, "beta");
        assertThrows(ConflictException.class, () -> f.appService.update(new UpdateAppCommand(new AppName("beta"),
                Optional.of("Beta"), Optional.of(new RoomPrefix("alpha-x")), AppConfigChanges.NONE)));
        assertEquals("beta", f.appService.get(new AppName("beta")).roomPrefix().value());
    }

    @Test
    void deletingAnAppKillsItsTokensAtOnceAndKeepsFilesUnlessPurged() {
        App app = f.createApp(f.admin, "doomed");
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.APP, Optional.of(app.id()), IpAllowlist.ANY));
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        f.appService.delete(new DeleteAppCommand(app.name(), false));
        assertThrows(UnauthenticatedException.class, () -> f.tokenService.authenticate(issued.plaintext(), Optional.empty()));
        assertFalse(f.workspace.purged.contains(app.name()));
        App again = f.createApp(f.admin, "doomed");
        f.appService.delete(new DeleteAppCommand(again.name(), true));
        assertTrue(f.workspace.purged.contains(again.name()));
    }
}
