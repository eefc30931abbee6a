#!/usr/bin/env node
// Minimal real LiveKit participant for StreamHub integration tests.
//
//   node client.mjs --url ws://127.0.0.1:7880 --token <JWT> [--audio] [--video] [--subscribe] [--seconds N]
//
// With --subscribe it also subscribes to every remote track and prints "subscribed" per track and
// one "media" line per track once 25 frames of it were received (proof that media flows).
// Joins with the given access token, publishes a generated sine tone (48 kHz mono,
// 10 ms frames in real time) and/or a colour-cycling 320x240@15fps video, and prints
// one JSON line per event on stdout: connected, published, track_muted/track_unmuted,
// done (--seconds elapsed or SIGINT/SIGTERM), disconnected, warning, error.
// Exit 0 when the server disconnects us (kick, room deleted) or on done, 1 when the
// connection or a publish fails, 2 on bad usage. See README.md (loopback-only netns!).
import { parseArgs } from 'node:util';

// rtc-node logs through pino to stdout; keep stdout for our JSON events only
// (NODE_ENV=production lowers its level from debug to info before it is loaded).
process.env.NODE_ENV = 'production';
const {
  AudioFrame, AudioSource, AudioStream, DisconnectReason, LocalAudioTrack, LocalVideoTrack, Room, RoomEvent, VideoStream,
  TrackKind, TrackPublishOptions, TrackSource, VideoBufferType, VideoFrame, VideoSource, dispose,
} = await import('@livekit/rtc-node');

const emit = (event, fields = {}) => process.stdout.write(JSON.stringify({ event, ...fields }) + '\n');

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      url: { type: 'string', default: 'ws://127.0.0.1:7880' },
      token: { type: 'string' },
      audio: { type: 'boolean', default: false },
      video: { type: 'boolean', default: false },
      subscribe: { type: 'boolean', default: false },
      seconds: { type: 'string' },
    },
  }));
  if (!args.token) throw new Error('--token is required');
  if (args.seconds !== undefined && !(Number(args.seconds) > 0)) throw new Error('--seconds must be > 0');
} catch (e) {
  emit('error', { stage: 'usage', message: e.message });
  process.exit(2);
}

const room = new Room();
const timers = [];
let exiting = false;
async function finish(code) {
  if (exiting) return;
  exiting = true;
  timers.forEach(clearInterval);
  try { await room.disconnect(); } catch { /* already gone */ }
  try { await dispose(); } catch { /* ignore */ }
  process.exit(code);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kindName = (k) => (k === TrackKind.KIND_AUDIO ? 'audio' : k === TrackKind.KIND_VIDEO ? 'video' : String(k));
const mutedState = new Map(); // sid -> muted; the SDK may report one server mute twice
const trackEvent = (muted) => (pub, participant) => {
  if (mutedState.get(pub.sid) === muted) return;
  mutedState.set(pub.sid, muted);
  emit(muted ? 'track_muted' : 'track_unmuted', { kind: kindName(pub.kind), sid: pub.sid,
    identity: participant?.identity, local: participant === room.localParticipant });
};

room
  .on(RoomEvent.TrackMuted, trackEvent(true))
  .on(RoomEvent.TrackUnmuted, trackEvent(false))
  .on(RoomEvent.TrackSubscribed, (track, pub, participant) => {
    const kind = kindName(track.kind);
    emit('subscribed', { kind, sid: pub.sid, identity: participant.identity });
    const stream = track.kind === TrackKind.KIND_AUDIO ? new AudioStream(track) : new VideoStream(track);
    (async () => {
      let frames = 0;
      for await (const _ of stream) {
        if (++frames === 25) emit('media', { kind, sid: pub.sid, identity: participant.identity, frames });
        if (exiting) break;
      }
    })().catch((e) => { if (!exiting) emit('warning', { message: `${kind} stream: ${e.message}` }); });
  })
  .on(RoomEvent.Disconnected, (reason) => {
    emit('disconnected', { reason: DisconnectReason[reason] ?? String(reason) });
    finish(0);
  });

try {
  await room.connect(args.url, args.token, { autoSubscribe: args.subscribe, dynacast: false });
} catch (e) {
  const message = (e?.message ?? String(e)).replace(/[\w-]+\.[\w-]+\.[\w-]{20,}/g, '<token>');
  emit('error', { stage: 'connect', message });
  await finish(1);
}
emit('connected', { room: room.name, identity: room.localParticipant.identity, sid: room.localParticipant.sid });

async function publish(track, source) {
  const options = new TrackPublishOptions({ source });
  const pub = await room.localParticipant.publishTrack(track, options);
  emit('published', { kind: kindName(pub.kind), sid: pub.sid, name: pub.name });
}

try {
  if (args.audio) {
    const RATE = 48000, SAMPLES = RATE / 100; // 10 ms frames
    const source = new AudioSource(RATE, 1, 100);
    await publish(LocalAudioTrack.createAudioTrack('tone', source), TrackSource.SOURCE_MICROPHONE);
    (async () => {
      const start = performance.now();
      for (let n = 0; !exiting; n++) {
        const data = new Int16Array(SAMPLES);
        for (let i = 0; i < SAMPLES; i++) {
          data[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * (n * SAMPLES + i)) / RATE));
        }
        await source.captureFrame(new AudioFrame(data, RATE, 1, SAMPLES));
        const ahead = start + (n + 1) * 10 - performance.now(); // stay in real time
        if (ahead > 0) await sleep(ahead);
      }
    })().catch((e) => { if (!exiting) emit('warning', { message: `audio: ${e.message}` }); });
  }
  if (args.video) {
    const W = 320, H = 240, FPS = 15;
    const source = new VideoSource(W, H);
    await publish(LocalVideoTrack.createVideoTrack('pattern', source), TrackSource.SOURCE_CAMERA);
    let frame = 0;
    timers.push(setInterval(() => {
      const hue = (frame++ * 4) % 360; // colour cycles every 6 s
      const [r, g, b] = [0, 120, 240].map((o) => Math.round(127.5 + 127.5 * Math.cos(((hue - o) * Math.PI) / 180)));
      const rgba = new Uint8Array(W * H * 4);
      for (let i = 0; i < rgba.length; i += 4) { rgba[i] = r; rgba[i + 1] = g; rgba[i + 2] = b; rgba[i + 3] = 255; }
      source.captureFrame(new VideoFrame(rgba, W, H, VideoBufferType.RGBA));
    }, 1000 / FPS));
  }
} catch (e) {
  emit('error', { stage: 'publish', message: e?.message ?? String(e) });
  await finish(1);
}

if (args.seconds !== undefined) {
  setTimeout(() => { emit('done', { seconds: Number(args.seconds) }); finish(0); }, Number(args.seconds) * 1000);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { emit('done', { signal: sig }); finish(0); });
