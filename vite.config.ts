import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // MapLibre alone is ~1 MB minified; it is split out and lazy-loaded, so the warning says nothing new.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk so the summary panel is readable before the map code arrives.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }, { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-vitest.ts'],
    testTimeout: 20000,
  },
});
