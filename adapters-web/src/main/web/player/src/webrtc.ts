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
    const attach = (track: RemoteTrack) => {
        if (track.kind === Track.Kind.Video) {
            track.attach(video);
            cb.onPlaying();
        } else if (track.kind === Track.Kind.Audio) {
            track.attach(audio);
        }
    };
    // LiveKit's server-side counts: everyone in the room minus those publishing (the audience)
    const count = () => cb.onViewers(Math.max(0, room.numParticipants - room.numPublishers));
    room.on(RoomEvent.TrackSubscribed, (track) => attach(track))
        .on(RoomEvent.ParticipantConnected, count)
        .on(RoomEvent.ParticipantDisconnected, count)
        .on(RoomEvent.RoomMetadataChanged, count)
        .on(RoomEvent.Disconnected, () => cb.onEnded('The stream has ended'));
    await room.connect(plan.webrtc!.wsUrl, plan.webrtc!.token, { autoSubscribe: true });
    count();
    const timer = window.setInterval(count, 5000);
    return {
        destroy: () => {
            window.clearInterval(timer);
            void room.disconnect();
        },
    };
}
