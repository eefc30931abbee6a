// Bundles the player with esbuild into dist/ (served at /player/): player.js is small; hls.js +
// p2p-media-loader and livekit-client are separate chunks loaded only when the plan needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
    entryPoints: { player: 'src/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    // bittorrent-tracker's client (inside p2p-media-loader) asks Node questions
    define: { 'process.env.NODE_ENV': '"production"', 'process.browser': 'true', global: 'globalThis' },
});
