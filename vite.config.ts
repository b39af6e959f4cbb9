import { randomBytes } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The app forbids inline scripts and foreign origins: the graph data and its names
// come from scraped web text, so nothing in it may ever run. The built site carries
// the policy in a meta tag; the dev server (npm start) sends the same policy as a
// header, with one addition: the nonce of the inline preamble that React's fast
// refresh needs, generated afresh each time the server starts.
const POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Every worker is a module file of the app's own (layout, metrics, extraction): no blob: workers.
  'worker-src': ["'self'"],
  // React and D3 set styles through the CSSOM; inline style attributes stay allowed.
  'style-src': ["'self'", "'unsafe-inline'"],
  // (The PNG export draws the SVG through a blob: image.)
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const policy = (extra: Partial<Record<keyof typeof POLICY, string[]>> = {}) =>
  Object.entries(POLICY).map(([k, v]) => [k, ...v, ...(extra[k as keyof typeof POLICY] ?? [])].join(' ')).join('; ');

export const CONTENT_SECURITY_POLICY = policy();

/** The nonce of this dev server's inline scripts (Vite puts it on every script tag it writes: html.cspNonce). */
const DEV_NONCE = randomBytes(18).toString('base64url');
export const DEV_CONTENT_SECURITY_POLICY = policy({ 'script-src': [`'nonce-${DEV_NONCE}'`] });

function contentSecurityPolicy(): Plugin {
  return {
    name: 'diplograph:csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
  ...(command === 'serve'
    ? { html: { cspNonce: DEV_NONCE }, server: { headers: { 'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY } } }
    : {}),
}));
