// The viewer router's answer (docs/player.md, contracts §1) and how the player reads it.

export interface PlaybackPlan {
    app: string;
    room: string;
    mode: 'edge' | 'cdn' | 'p2p' | 'hybrid';
    protocol: 'webrtc' | 'hls';
    reason: string;
    live: boolean;
    webrtc: { wsUrl: string; token: string; nodeId?: string } | null;
    hls: { url: string; provider?: string } | null;
    p2p: { trackers: string[]; swarmId: string; stun?: string[]; maxPeers?: number } | null;
}

/** Why the player shows a message instead of a picture. */
export type PlanFailure =
    | { kind: 'not_found'; message: string }
    | { kind: 'private'; message: string }
    | { kind: 'error'; message: string };

export type PlanResult = { ok: true; plan: PlaybackPlan } | { ok: false; failure: PlanFailure };

export interface ApiOptions {
    /** Base URL of StreamHub ("" = same origin). */
    baseUrl: string;
    /** API token or JWT for apps without public playback. */
    token?: string;
}

export function playbackPath(app: string, room: string): string {
    return `/api/v1/apps/${encodeURIComponent(app)}/playback/${encodeURIComponent(room)}`;
}

function headers(opts: ApiOptions, json = false): Record<string, string> {
    const h: Record<string, string> = { Accept: 'application/json' };
    if (opts.token) h.Authorization = `Bearer ${opts.token}`;
    if (json) h['Content-Type'] = 'application/json';
    return h;
}

async function errorMessage(res: Response): Promise<string> {
    try {
        const body = await res.json();
        return body?.error?.message || `HTTP ${res.status}`;
    } catch {
        return `HTTP ${res.status}`;
    }
}

export async function fetchPlan(app: string, room: string, opts: ApiOptions, role = 'viewer'): Promise<PlanResult> {
    let res: Response;
    try {
        res = await fetch(`${opts.baseUrl}${playbackPath(app, room)}?role=${encodeURIComponent(role)}`, {
            headers: headers(opts),
            cache: 'no-store',
        });
    } catch (e) {
        return { ok: false, failure: { kind: 'error', message: `StreamHub is unreachable (${(e as Error).message})` } };
    }
    if (res.status === 404) return { ok: false, failure: { kind: 'not_found', message: await errorMessage(res) } };
    if (res.status === 401 || res.status === 403) {
        return { ok: false, failure: { kind: 'private', message: await errorMessage(res) } };
    }
    if (!res.ok) return { ok: false, failure: { kind: 'error', message: await errorMessage(res) } };
    const body = await res.json();
    const plan = body?.data as PlaybackPlan | undefined;
    if (!plan || (plan.protocol !== 'webrtc' && plan.protocol !== 'hls')) {
        return { ok: false, failure: { kind: 'error', message: 'the playback plan is malformed' } };
    }
    return { ok: true, plan };
}

/** contracts §3: cumulative counters of one viewer; the server keeps the max per viewer. */
export async function postStats(
    app: string,
    room: string,
    opts: ApiOptions,
    stats: { viewerId: string; p2pBytes: number; httpBytes: number },
): Promise<boolean> {
    try {
        const res = await fetch(`${opts.baseUrl}${playbackPath(app, room)}/stats`, {
            method: 'POST',
            headers: headers(opts, true),
            body: JSON.stringify(stats),
            keepalive: true,
        });
        return res.status === 202 || res.ok;
    } catch {
        return false;
    }
}
