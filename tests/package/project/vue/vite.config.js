import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'keurmerk-verifier' } } })],
  worker: { format: 'es' }, // Vite 5–7: the worker loads the full module on demand
  optimizeDeps: { exclude: ['keurmerk'] }, // Vite 5–7, dev server: the worker and wasm stay beside the package
});
