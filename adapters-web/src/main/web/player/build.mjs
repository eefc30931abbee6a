// Bundles with esbuild into dist/ (copied to the jar's public/player, served at /player/** and /sdk/**):
//   player.js, player.css, chunks/   the /play and /embed page; hls.js + p2p-media-loader and livekit-client are
//                                    lazy chunks loaded only when the plan needs them
//   sdk/streamhub-adaptor.global.js  the browser SDK as one IIFE (window.StreamHubAdaptor)
//   sdk/streamhub-adaptor.mjs        the SDK as an ES module (+ sdk/chunks/, lazily loaded)
//   sdk/streamhub-adaptor.d.ts       its types
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const common = {
    bundle: true,
    minify: true,
    sourcemap: false,
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
    // bittorrent-tracker's client (inside p2p-media-loader) asks Node questions
    define: { 'process.env.NODE_ENV': '"production"', 'process.browser': 'true', global: 'globalThis' },
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
    build({
        ...common,
        entryPoints: { player: 'src/main.ts' },
        splitting: true,
        format: 'esm',
        outdir: 'dist',
        chunkNames: 'chunks/[name]-[hash]',
    }),
    build({
        ...common,
        entryPoints: { 'streamhub-adaptor': 'src/sdk/index.ts' },
        splitting: true,
        format: 'esm',
        outdir: 'dist/sdk',
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunks/[name]-[hash]',
    }),
    build({
        ...common,
        entryPoints: { 'streamhub-adaptor.global': 'src/sdk/index.ts' },
        format: 'iife',
        globalName: 'StreamHubAdaptor',
        outdir: 'dist/sdk',
    }),
]);
mkdirSync('dist/sdk', { recursive: true });
copyFileSync('src/sdk/streamhub-adaptor.d.ts', 'dist/sdk/streamhub-adaptor.d.ts');
