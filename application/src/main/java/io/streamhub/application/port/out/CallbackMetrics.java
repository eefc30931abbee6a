package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.time.Duration;

/** Counters of outbound callbacks; queue depth and age are read from the store at scrape time. */
public interface CallbackMetrics {
    /** @param sinceEvent from the event's timestamp to the receiver's 2xx */
    void delivered(AppName app, String event, Duration sinceEvent);

    /** An attempt failed; {@code deadLetter} when the delivery was given up. */
    void failed(AppName app, String event, boolean deadLetter);

    /** An event no endpoint takes. */
    void dropped(AppName app, String event);
}
