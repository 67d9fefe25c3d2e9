// Builds the offline GraphiQL bundle served by SkillsRegistry.Api (see docs/ide.md).
// Output: ../dist/index.html + ../dist/graphiql-assets/*. With base './' every URL in the
// bundle is relative: the page at /graphql loads ./graphiql-assets/... = /graphiql-assets/...,
// and it keeps working under an ASP.NET PathBase. Nothing is loaded from any other origin.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    assetsDir: 'graphiql-assets',
    sourcemap: false,
    // Monaco is large; this is a dev tool loaded once and cached as immutable.
    chunkSizeWarningLimit: 5000,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // graphiql ships "use no memo" React-compiler directives; dropping them is harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
