// Placeholder until the canvas graph lands: lists the visible nodes accessibly.
import { useExplorer } from '../store';
import { selectVisibleGraph } from '../store/selectors';

export function GraphView() {
  const { nodes } = useExplorer(selectVisibleGraph);
  const select = useExplorer((s) => s.select);
  return (
    <section aria-label="Graph" className="graph">
      {nodes.map((n) => (
        <button key={n.id} data-entity-id={n.id} aria-label={n.entity.name} onClick={() => select(n.id)}>
          {n.entity.name}
        </button>
      ))}
    </section>
  );
}
