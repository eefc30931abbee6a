package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StreamRepository} must do. Subclasses supply the store and create the app
 * workspaces: streams live in an app's own workspace, so an app without one holds none.
 */
public abstract class StreamRepositoryContract {
    private static final AppName LIVE = new AppName("live");
    private static final AppName NEWS = new AppName("news");
    private static final AppName GHOST = new AppName("ghost");

    private StreamRepository streams;

    /** The repository under test, with no app workspace at all. Called first, before each test. */
    protected abstract StreamRepository emptyStreamRepository();

    /** Gives {@code app} an empty workspace (for a real store: its directory and migrated database). */
    protected abstract void createWorkspace(AppName app);

    @BeforeEach
    void startWithTwoAppsWithoutStreams() {
        streams = emptyStreamRepository();
        createWorkspace(LIVE);
        createWorkspace(NEWS);
    }

    @Test
    void aSavedActiveStreamIsFoundByItsId() {
        Stream cam = Stream.started(StreamType.WEBRTC, "studio", "cam", at(0));

        streams.save(LIVE, cam);

        assertEquals(Optional.of(cam), streams.find(LIVE, "studio/cam"));
    }

    @Test
    void anEndedStreamIsFoundWithItsEndTime() {
        Stream ended = Stream.started(StreamType.RTMP, "studio", "encoder", at(0)).ended(at(61_001));

        streams.save(LIVE, ended);

        assertEquals(Optional.of(ended), streams.find(LIVE, "studio/encoder"));
        assertEquals(Optional.of(at(61_001)), streams.find(LIVE, "studio/encoder").orElseThrow().endedAt());
    }

    @Test
    void everyStreamTypeIsStoredAndReadBack() {
        for (StreamType type : StreamType.values()) {
            Stream stream = Stream.started(type, "studio", type.key(), at(type.ordinal()));

            streams.save(LIVE, stream);

            assertEquals(Optional.of(stream), streams.find(LIVE, stream.streamId()), type.key());
        }
    }

    @Test
    void findsNothingForAnUnknownStreamId() {
        streams.save(LIVE, Stream.started(StreamType.WEBRTC, "studio", "cam", at(0)));

        assertEquals(Optional.empty(), streams.find(LIVE, "studio/other"));
        assertEquals(Optional.empty(), streams.find(LIVE, "other/cam"));
    }

    @Test
    void savingTheSameStreamIdAgainReplacesTypeStatusAndEndTime() {
        streams.save(LIVE, Stream.started(StreamType.WEBRTC, "studio", "cam", at(0)));
        Stream replaced = new Stream("studio/cam", StreamType.RTMP, "studio", "cam", false, at(0), Optional.of(at(5_000)));

        streams.save(LIVE, replaced);

        assertEquals(Optional.of(replaced), streams.find(LIVE, "studio/cam"));
        assertEquals(List.of(), streams.active(LIVE));
    }

    @Test
    void aStreamThatStartsAgainIsActiveWithoutAnEndTime() {
        streams.save(LIVE, Stream.started(StreamType.WEBRTC, "studio", "cam", at(0)).ended(at(5_000)));
        Stream restarted = Stream.started(StreamType.WHIP, "studio", "cam", at(9_000));

        streams.save(LIVE, restarted);

        assertEquals(Optional.of(restarted), streams.find(LIVE, "studio/cam"));
        assertEquals(List.of(restarted), streams.active(LIVE));
    }

    @Test
    void activeListsOnlyTheActiveStreamsNewestFirst() {
        Stream first = Stream.started(StreamType.WEBRTC, "studio", "first", at(1_000));
        Stream newest = Stream.started(StreamType.RTMP, "studio", "newest", at(3_000));
        Stream ended = Stream.started(StreamType.WHIP, "studio", "ended", at(4_000)).ended(at(5_000));
        Stream middle = Stream.started(StreamType.WEBRTC, "lobby", "middle", at(2_000));
        streams.save(LIVE, first);
        streams.save(LIVE, newest);
        streams.save(LIVE, ended);
        streams.save(LIVE, middle);

        assertEquals(List.of(newest, middle, first), streams.active(LIVE));
    }

    @Test
    void anAppWithoutStreamsHasNoActiveStream() {
        assertEquals(List.of(), streams.active(LIVE));
    }

    @Test
    void eachAppSeesOnlyItsOwnStreamsEvenUnderTheSameId() {
        Stream liveCam = Stream.started(StreamType.WEBRTC, "studio", "cam", at(0));
        Stream newsCam = Stream.started(StreamType.RTSP, "studio", "cam", at(1_000)).ended(at(2_000));
        Stream newsDesk = Stream.started(StreamType.WS_MJPEG, "desk", "anchor", at(3_000));
        streams.save(LIVE, liveCam);
        streams.save(NEWS, newsCam);
        streams.save(NEWS, newsDesk);

        assertEquals(Optional.of(liveCam), streams.find(LIVE, "studio/cam"));
        assertEquals(Optional.of(newsCam), streams.find(NEWS, "studio/cam"));
        assertEquals(Optional.empty(), streams.find(LIVE, "desk/anchor"));
        assertEquals(List.of(liveCam), streams.active(LIVE));
        assertEquals(List.of(newsDesk), streams.active(NEWS));
    }

    @Test
    void readsForAnAppWithoutAWorkspaceFindNothing() {
        streams.save(LIVE, Stream.started(StreamType.WEBRTC, "studio", "cam", at(0)));

        assertEquals(Optional.empty(), streams.find(GHOST, "studio/cam"));
        assertEquals(List.of(), streams.active(GHOST));
    }

    @Test
    void savingForAnAppWithoutAWorkspaceIsRefused() {
        Stream cam = Stream.started(StreamType.WEBRTC, "studio", "cam", at(0));

        assertThrows(IllegalStateException.class, () -> streams.save(GHOST, cam));

        assertEquals(Optional.empty(), streams.find(GHOST, "studio/cam"));
        assertEquals(List.of(), streams.active(GHOST));
    }
}
