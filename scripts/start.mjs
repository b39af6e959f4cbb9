// `npm start`: make sure the graph of the seeds is current, then serve the app. Stopping
// npm (Ctrl-C, SIGTERM) stops the extraction or the server with it (scripts/children.mjs).
import { runScript, runTool } from './children.mjs';

const ensured = await runScript('ensure-graph.mjs');
if (ensured !== 0) process.exit(ensured);
const port = process.env.PORT ?? '5173';
// Vite prints the URL itself ("Local: http://localhost:5173/").
process.exit(await runTool('vite', ['--port', port, '--host', process.env.HOST ?? 'localhost']));
