import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
});
