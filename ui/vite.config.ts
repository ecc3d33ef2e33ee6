/// <reference types="vitest/config" />
// The bundle is loaded by Tauri from its own origin under a strict CSP
// (script-src and style-src 'self'): relative asset paths, no inline code,
// nothing remote. Svelte's CSS is emitted as files, never injected at run time.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  base: './',
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The tests read the repository's locales/ (one level up) instead of copies.
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK 2.50 on Debian 12, the oldest webview the app runs in.
    target: 'es2021',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
