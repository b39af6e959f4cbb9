import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built site forbids inline scripts and foreign origins: the graph data and its
// names come from scraped web text, so nothing in it may ever run. The dev server
// needs React's inline refresh preamble, so the policy is added to the build only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // React and D3 set styles through the CSSOM; inline style attributes stay allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'diplograph:csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
});
