package io.streamhub.application.service;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code data} of the recording callbacks (catalog section 5); no URL is stored in them, they expire. */
final class VodPayload {
    private VodPayload() {
    }

    static Map<String, Object> started(AppName app, Vod vod) {
        Map<String, Object> data = base(app, vod);
        data.put("egressId", vod.egressId());
        return data;
    }

    static Map<String, Object> ready(AppName app, Vod vod) {
        Map<String, Object> data = base(app, vod);
        data.put("egressId", vod.egressId());
        data.put("fileKey", vod.fileKey().orElse(null));
        data.put("snapshotKey", vod.snapshotKey().orElse(null));
        data.put("sizeBytes", vod.sizeBytes().orElse(null));
        vod.media().ifPresent(m -> {
            data.put("durationS", m.durationS());
            data.put("width", m.width());
            data.put("height", m.height());
            data.put("format", m.format());
        });
        return data;
    }

    static Map<String, Object> failed(AppName app, Vod vod, String detail) {
        Map<String, Object> data = base(app, vod);
        data.put("egressId", vod.egressId());
        data.put("reason", vod.failure().orElse("failed"));
        data.put("detail", detail);
        data.put("localFileKept", vod.localPath().isPresent());
        return data;
    }

    private static Map<String, Object> base(AppName app, Vod vod) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("vodId", vod.id());
        data.put("app", app.value());
        data.put("room", vod.room());
        data.put("streamId", vod.streamId().orElse(null));
        return data;
    }
}
