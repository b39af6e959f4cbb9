// `npm start`: make sure the graph of the seeds is current, then serve the app.
import { spawn, spawnSync } from 'node:child_process';

const ensured = spawnSync('node', ['scripts/ensure-graph.mjs'], { stdio: 'inherit' });
if (ensured.status !== 0) process.exit(ensured.status ?? 1);
const port = process.env.PORT ?? '5173';
// Vite prints the URL itself ("Local: http://localhost:5173/").
const server = spawn('npx', ['vite', '--port', port, '--host', process.env.HOST ?? 'localhost'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
