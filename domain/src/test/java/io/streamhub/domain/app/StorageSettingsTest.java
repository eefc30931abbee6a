package io.streamhub.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.AppConfig.Storage;
import io.streamhub.domain.app.AppConfigChanges.StorageChanges;
import io.streamhub.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class StorageSettingsTest {

    @Test
    void newAppsHaveNoStorage() {
        Storage storage = AppConfig.defaults().storage();
        assertFalse(storage.configured());
        assertEquals("us-east-1", storage.region());
        assertEquals("", storage.bucket());
    }

    @Test
    void storageIsConfiguredOnlyWithABucketAndBothKeys() {
        Storage bucketOnly = new Storage("http://127.0.0.1:9000", "", "vods", "", true, false, false);
        assertFalse(bucketOnly.configured());
        assertFalse(bucketOnly.withKeys(true, false).configured());
        assertTrue(bucketOnly.withKeys(true, true).configured());
    }

    @Test
    void keysSitUnderThePrefixWithoutDoubleSlashes() {
        Storage storage = new Storage("", "eu-west-1", "vods", "/streamhub/live/", false, true, true);
        assertEquals("streamhub/live", storage.prefix());
        assertEquals("streamhub/live/vods/1/a.mp4", storage.key("vods/1/a.mp4"));
        assertEquals("a.mp4", new Storage("", "", "vods", "", false, true, true).key("/a.mp4"));
    }

    @Test
    void eachBadValueNamesItsField() {
        assertEquals("storage.endpoint", field(() -> new Storage("ftp://x", "", "b1x", "", false, false, false)));
        assertEquals("storage.endpoint", field(() -> new Storage("http://user:pw@host", "", "b1x", "", false, false, false)));
        assertEquals("storage.endpoint", field(() -> new Storage("http://host/path", "", "b1x", "", false, false, false)));
        assertEquals("storage.region", field(() -> new Storage("", "EU WEST", "b1x", "", false, false, false)));
        assertEquals("storage.bucket", field(() -> new Storage("", "", "Bad_Bucket", "", false, false, false)));
        assertEquals("storage.prefix", field(() -> new Storage("", "", "b1x", "a/../b", false, false, false)));
        assertEquals("storage.prefix", field(() -> new Storage("", "", "b1x", "a b", false, false, false)));
    }

    @Test
    void changesMergeIntoTheCurrentSettingsAndCarryTheKeyFlags() {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null,
                new StorageChanges("http://127.0.0.1:9000", null, "vods", "apps/live", true, "AK", "SK"));
        AppConfig after = changes.applyTo(AppConfig.defaults(), false, true, true);
        assertEquals(new Storage("http://127.0.0.1:9000", "us-east-1", "vods", "apps/live", true, true, true), after.storage());
        AppConfig untouched = AppConfigChanges.NONE.applyTo(after, false);
        assertEquals(after.storage(), untouched.storage());
    }

    @Test
    void aBadStorageChangeNamesTheField() {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null,
                new StorageChanges(null, null, "x", null, null, null, null));
        assertEquals("storage.bucket", field(() -> changes.applyTo(AppConfig.defaults(), false)));
    }

    private static String field(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).field();
    }
}
