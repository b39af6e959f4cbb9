// Shown instead of the explorer when the graph data is missing or invalid: it names
// the file or URL and the field at fault, and says what to do. Text only, never HTML.
// `children`: another way forward (the app offers to read the user's own text).
import type { ReactNode } from 'react';

export function ErrorScreen({ title, details, children }: { title: string; details: string[]; children?: ReactNode }) {
  return (
    <main className="error-screen" role="alert" aria-labelledby="error-title">
      <div className="error-card">
        <p className="error-brand">diplograph</p>
        <h1 id="error-title">{title}</h1>
        {details.length > 0 && (
          <ul className="error-details">
            {details.map((d, i) => (
              <li key={i}>
                <code>{d}</code>
              </li>
            ))}
          </ul>
        )}
        <p className="error-hint">
          The explorer reads the graph that <code>npm run extract</code> writes to <code>public/graph.json</code>. Fix or rebuild it, then
          reload this page.
        </p>
        {children}
      </div>
    </main>
  );
}
