// WebRTC playback of a room through LiveKit (livekit-client), subscribe-only.
import { Room, RoomEvent, Track, type RemoteTrack } from 'livekit-client';
import type { PlaybackPlan } from './plan';

export interface WebRtcCallbacks {
    onViewers(count: number): void;
    onPlaying(): void;
    onEnded(message: string): void;
    log(message: string): void;
}

export async function playWebRtc(video: HTMLVideoElement, plan: PlaybackPlan, cb: WebRtcCallbacks): Promise<{ destroy(): void }> {
    const room = new Room({ adaptiveStream: true, dynacast: false });
    const audio = new Audio();
    audio.autoplay = true;
    // after destroy() (a restart) this room's late events (its own Disconnected) must not end the next one
    let done = false;
    let played = false;
    const end = (message: string) => {
        if (done) return;
        done = true;
        cb.onEnded(message);
    };
    const attach = (track: RemoteTrack) => {
        if (done) return;
        if (track.kind === Track.Kind.Video) {
            track.attach(video);
            played = true;
            cb.onPlaying();
        } else if (track.kind === Track.Kind.Audio) {
            track.attach(audio);
        }
    };
    // LiveKit's server-side counts: everyone in the room minus those publishing (the audience)
    const count = () => done || cb.onViewers(Math.max(0, room.numParticipants - room.numPublishers));
    // the publisher left (or was removed) or stopped its camera: say so instead of showing a frozen picture
    const videoLeft = () => [...room.remoteParticipants.values()]
        .some((p) => [...p.trackPublications.values()].some((t) => t.kind === Track.Kind.Video));
    const checkEnded = () => {
        if (played && !videoLeft()) end('The stream has ended');
    };
    room.on(RoomEvent.TrackSubscribed, (track) => attach(track))
        .on(RoomEvent.ParticipantConnected, count)
        .on(RoomEvent.ParticipantDisconnected, () => {
            count();
            checkEnded();
        })
        .on(RoomEvent.TrackUnpublished, checkEnded)
        .on(RoomEvent.RoomMetadataChanged, count)
        .on(RoomEvent.Disconnected, () => end('The stream has ended'));
    await room.connect(plan.webrtc!.wsUrl, plan.webrtc!.token, { autoSubscribe: true });
    count();
    const timer = window.setInterval(count, 5000);
    return {
        destroy: () => {
            done = true;
            window.clearInterval(timer);
            void room.disconnect();
        },
    };
}
