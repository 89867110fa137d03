// Builds the preview page: a small shell around the genuine Headlamp frontend library that ships
// (compiled, ES modules) in node_modules/@kinvolk/headlamp-plugin/lib.
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';
// Installed with @kinvolk/headlamp-plugin (its own build uses it): Headlamp's lib imports its kind icons as
// `./img/<kind>.svg?react` components (the Map's nodes); without it they are URLs and the Map fails to render.
import svgr from 'vite-plugin-svgr';
import mdiIconsPlugin from './build/mdiIconsPlugin.mjs';

const pageRoot = fileURLToPath(new URL('.', import.meta.url));
const headlampLib = fileURLToPath(
  new URL('../../../node_modules/@kinvolk/headlamp-plugin/lib', import.meta.url)
);
const headlampPluginVersion = createRequire(import.meta.url)(
  '@kinvolk/headlamp-plugin/package.json'
).version;

export default defineConfig({
  root: pageRoot,
  base: '/',
  logLevel: 'warn',
  plugins: [mdiIconsPlugin(), svgr({ svgrOptions: { svgo: false, titleProp: true, ref: true } })],
  resolve: {
    alias: { '@headlamp': headlampLib },
    // The lib and the shell must share one React, Redux, router and MUI instance.
    dedupe: ['react', 'react-dom', 'react-redux', 'react-router-dom', 'react-router', '@mui/material', '@emotion/react'],
  },
  // The lib reads Create-React-App style variables through import.meta.env.
  envPrefix: ['VITE_', 'REACT_APP_'],
  define: {
    'import.meta.env.REACT_APP_HEADLAMP_PRODUCT_NAME': JSON.stringify('Headlamp'),
    'import.meta.env.REACT_APP_HEADLAMP_VERSION': JSON.stringify(`plugin-lib ${headlampPluginVersion}`),
    'import.meta.env.REACT_APP_HEADLAMP_SIDEBAR_DEFAULT_OPEN': JSON.stringify('true'),
  },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 20000,
    reportCompressedSize: false,
    // The lib loads its own locale files with import(`./locales/${lng}/${ns}.json?import=default`);
    // vite leaves such imports alone under node_modules unless told to expand them.
    dynamicImportVarsOptions: { include: [/headlamp-plugin[\\/]lib[\\/]i18n/], exclude: [] },
    rollupOptions: {
      onwarn(warning, warn) {
        // MUI's "use client" markers are meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
