package io.streamhub.application.port.out;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;

/** An app's own files: its directory, {@code config.yaml} and its own database. */
public interface AppWorkspace {

    /** Creates the directory tree, writes the config and migrates the app's database. Idempotent. */
    void create(App app, AppConfig config);

    AppConfig readConfig(AppName app);

    /** Replaces the config atomically (readers never see a half-written file). */
    void writeConfig(App app, AppConfig config);

    /** Deletes every file of the app. */
    void purge(AppName app);

    /** Streams currently marked active in the app's database. */
    long activeStreams(AppName app);

    /** Bytes the app occupies on disk (database and media). */
    long diskBytes(AppName app);
}
