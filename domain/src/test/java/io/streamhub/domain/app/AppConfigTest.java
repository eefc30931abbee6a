package io.streamhub.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void newAppsKeepPublicPlaybackAndHiddenViewersOff() {
        AppConfig config = AppConfig.defaults();
        assertFalse(config.features().publicPlayback());
        assertFalse(config.features().hiddenQc());
        assertTrue(config.recording().enabled());
        assertEquals(3, config.webrtc().layers().size());
    }

    @Test
    void changesOnlyTouchWhatTheyName() {
        AppConfigChanges changes = new AppConfigChanges(false, null, null, 30, null, "https://hooks.example.test/x", null,
                new AppConfigChanges.FeatureChanges(null, null, true, null, null, null, true), null, null);
        AppConfig after = changes.applyTo(AppConfig.defaults(), false);
        assertFalse(after.recording().enabled());
        assertEquals(30, after.recording().splitMinutes());
        assertEquals("https://hooks.example.test/x", after.callbacks().url());
        assertTrue(after.features().chat());
        assertTrue(after.features().publicPlayback());
        assertEquals(AppConfig.defaults().webrtc(), after.webrtc());
    }

    @Test
    void splitMinutesOutsideTheAllowedSetNamesTheField() {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, 7, null, null, null, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> changes.applyTo(AppConfig.defaults(), false));
        assertEquals("recording.splitMinutes", e.field());
    }

    @Test
    void callbackUrlMustBeHttp() {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, "ftp://x", null, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> changes.applyTo(AppConfig.defaults(), false));
        assertEquals("callbacks.url", e.field());
    }

    @Test
    void layersAreBounded() {
        assertThrows(InvalidInputException.class, () -> new AppConfig.Webrtc(true, List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new AppConfig.Layer("hd", 5000));
        assertEquals("webrtc.layers.height", e.field());
    }
}
