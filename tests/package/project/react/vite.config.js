// Vite 8 needs no settings for keurmerk: this example proves it (pkg/README.md, "Using it with Vite").
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
});
