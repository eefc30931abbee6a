/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Files are served by the core at /dashboard/** (hashed, immutable) and index.html at / and the SPA's
// sections (DashboardController). `npm run dev` proxies the API to a core on :8080.
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  // generous timeout: the build machine is shared and jsdom renders of Mantine are slow under load
  test: { testTimeout: 20000, environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/test-setup.ts'] },
});
