import { useEffect, useState } from 'react';
import { loadGraph, type LoadResult } from './lib/load';

export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    const url = new URLSearchParams(location.search).get('data') ?? undefined;
    loadGraph(url).then(setResult);
  }, []);
  if (!result) return <p className="loading">Loading graph…</p>;
  if (!result.ok) {
    return (
      <main className="error-screen" role="alert">
        <h1>{result.title}</h1>
        <ul>{result.details.map((d, i) => <li key={i}>{d}</li>)}</ul>
      </main>
    );
  }
  const { graph } = result;
  return (
    <main>
      <h1>diplograph</h1>
      <section aria-label="Graph">
        <ul>
          {graph.entities.map((e) => (
            <li key={e.id} data-entity-id={e.id} aria-label={e.name}>{e.name}</li>
          ))}
        </ul>
      </section>
      <p>{graph.meetings.length} meetings</p>
    </main>
  );
}
