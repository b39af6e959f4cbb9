// Imported first by main.tsx, before any schema is built: the built site's
// Content-Security-Policy forbids eval, and zod would otherwise probe `new Function`
// when it builds object schemas (a reported CSP violation) to decide whether to JIT.
import { config } from 'zod';

config({ jitless: true });
