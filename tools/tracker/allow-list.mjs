// The tracker's allow-list: which info hashes may announce. Polls the core's
// GET /api/v1/p2p/swarms (Bearer STREAMHUB_TRACKER_SECRET) and maps every allowed swarm id to the
// info hashes p2p-media-loader announces for it (swarm-hash.mjs). Fails closed: when the core has not
// answered for `staleMs`, nothing is allowed. Swarms that leave the list are reported to `onRevoke`
// (the tracker then drops their peers).
import { mediaPlaylistInfoHash, masterPlaylistInfoHashes } from './swarm-hash.mjs';

const MASTER_REFRESH_MS = 15000;

export class AllowList {
    /**
     * @param {object} o
     * @param {string} o.coreUrl       base URL of the core, e.g. http://127.0.0.1:3020
     * @param {string} o.secret        STREAMHUB_TRACKER_SECRET
     * @param {string} [o.hlsBaseUrl]  where /hls/<app>/<room>/index.m3u8 is read (default coreUrl)
     * @param {number} [o.pollMs]      poll period (default 1000, at most 2000 is sensible)
     * @param {number} [o.staleMs]     fail closed after this long without a good answer (default 6000)
     * @param {(hashes: string[], swarmId: string) => void} [o.onRevoke]
     * @param {(msg: string) => void} [o.log]
     * @param {typeof fetch} [o.fetchImpl]
     */
    constructor(o) {
        this.coreUrl = o.coreUrl.replace(/\/+$/, '');
        this.hlsBaseUrl = (o.hlsBaseUrl || this.coreUrl).replace(/\/+$/, '');
        this.secret = o.secret;
        this.pollMs = o.pollMs ?? 1000;
        this.staleMs = o.staleMs ?? 6000;
        this.onRevoke = o.onRevoke || (() => {});
        this.log = o.log || (() => {});
        this.fetch = o.fetchImpl || fetch;
        /** swarmId -> {hashes:Set<string>, masterCheckedAt:number} */
        this.bySwarm = new Map();
        /** infoHash hex -> swarmId */
        this.byHash = new Map();
        this.lastOkAt = 0;
        this.lastError = null;
        this.timer = null;
    }

    isAllowed(infoHashHex) {
        if (Date.now() - this.lastOkAt > this.staleMs) return false;
        return this.byHash.has(String(infoHashHex).toLowerCase());
    }

    swarmOf(infoHashHex) {
        return this.byHash.get(String(infoHashHex).toLowerCase());
    }

    status() {
        return {
            swarms: [...this.bySwarm.keys()],
            infoHashes: this.byHash.size,
            lastOkAt: this.lastOkAt ? new Date(this.lastOkAt).toISOString() : null,
            stale: Date.now() - this.lastOkAt > this.staleMs,
            lastError: this.lastError,
        };
    }

    start() {
        const tick = async () => {
            await this.pollOnce();
            if (this.timer !== null) this.timer = setTimeout(tick, this.pollMs);
        };
        this.timer = setTimeout(tick, 0);
    }

    stop() {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
    }

    async pollOnce() {
        let swarms;
        try {
            const res = await this.fetch(`${this.coreUrl}/api/v1/p2p/swarms`, {
                headers: { Authorization: `Bearer ${this.secret}`, Accept: 'application/json' },
                signal: AbortSignal.timeout(Math.max(1000, this.pollMs)),
            });
            if (res.status !== 200) throw new Error(`GET /api/v1/p2p/swarms answered ${res.status}`);
            const body = await res.json();
            swarms = body?.data?.swarms;
            if (!Array.isArray(swarms)) throw new Error('GET /api/v1/p2p/swarms: no data.swarms array');
        } catch (e) {
            if (this.lastError !== String(e.message)) this.log(`allow-list poll failed: ${e.message}`);
            this.lastError = String(e.message);
            if (Date.now() - this.lastOkAt > this.staleMs) this.replace([]);
            return false;
        }
        this.lastError = null;
        this.replace(swarms.filter((s) => typeof s === 'string' && s.length > 0));
        this.lastOkAt = Date.now();
        await this.refreshMasters();
        return true;
    }

    replace(swarmIds) {
        const wanted = new Set(swarmIds);
        for (const [swarmId, entry] of this.bySwarm) {
            if (wanted.has(swarmId)) continue;
            this.bySwarm.delete(swarmId);
            for (const h of entry.hashes) this.byHash.delete(h);
            this.log(`swarm revoked: ${swarmId}`);
            this.onRevoke([...entry.hashes], swarmId);
        }
        for (const swarmId of wanted) {
            if (this.bySwarm.has(swarmId)) continue;
            const entry = { hashes: new Set([mediaPlaylistInfoHash(swarmId)]), masterCheckedAt: 0 };
            this.bySwarm.set(swarmId, entry);
            for (const h of entry.hashes) this.byHash.set(h, swarmId);
            this.log(`swarm allowed: ${swarmId}`);
        }
    }

    // A multivariant playlist's streams hash with their variant attributes: read it to admit them too.
    async refreshMasters() {
        const now = Date.now();
        for (const [swarmId, entry] of this.bySwarm) {
            if (now - entry.masterCheckedAt < MASTER_REFRESH_MS) continue;
            entry.masterCheckedAt = now;
            const parts = swarmId.split('/');
            if (parts.length < 3) continue;
            const [app, room] = parts.slice(-2);
            try {
                const res = await this.fetch(
                    `${this.hlsBaseUrl}/hls/${encodeURIComponent(app)}/${encodeURIComponent(room)}/index.m3u8`,
                    { signal: AbortSignal.timeout(1500) },
                );
                if (res.status !== 200) continue;
                const text = await res.text();
                if (!this.bySwarm.has(swarmId)) continue;
                for (const h of masterPlaylistInfoHashes(swarmId, text)) {
                    entry.hashes.add(h);
                    this.byHash.set(h, swarmId);
                }
            } catch {
                // playlist not there yet: the media-playlist hash is already admitted
            }
        }
    }
}
