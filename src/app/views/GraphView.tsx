// The graph: one canvas drawn by graph/graphController (layout in a worker, d3-zoom,
// batched drawing), plus a transparent layer of one button per node so every node
// is reachable by keyboard and by assistive technology, and findable by tests.
// (App mounts the Legend beside it and the Export SVG button in the header.)
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { TYPE_LABELS } from '../../model';
import { explorer, useExplorer } from '../store';
import { selectVisibleGraph, type GraphNode } from '../store/selectors';
import { createGraphController, type GraphController } from '../graph/graphController';
import { overlaySize, OVERLAY_ALL_UP_TO, OVERLAY_MAX } from '../graph/graphOverlay';
import { nodeRadius } from '../graph/scales';
import { delegationCounts, nodeWeight } from '../graph/scene';
import { ZoomControls } from './ZoomControls';
import { useStore } from 'zustand';
import { graphView } from '../graph/graphViewStore';
import '../graph.css';

const NodeButton = memo(function NodeButton({ node, pressed, size }: { node: GraphNode; pressed: boolean; size: number }) {
  // Its place (a CSS transform) is set by the controller, throttled, outside React.
  return (
    <button
      type="button"
      className="dg-node"
      data-entity-id={node.id}
      aria-label={node.entity.name}
      aria-pressed={pressed}
      style={{ width: size, height: size }}
    />
  );
});

function Tooltip() {
  const hoveredId = useExplorer((s) => s.hoveredId);
  const graph = useExplorer(selectVisibleGraph);
  const doc = useExplorer((s) => s.graph);
  const node = useMemo(() => graph.nodes.find((n) => n.id === hoveredId), [graph, hoveredId]);
  const delegation = useMemo(() => (node?.entity.type === 'country' ? (delegationCounts(graph).get(node.id) ?? 0) : 0), [graph, node]);
  if (!node) return null;
  const e = node.entity;
  const country = e.type !== 'country' && e.country ? (doc?.entities.find((c) => c.id === `country:${e.country}`)?.name ?? e.country) : null;
  return (
    <>
      <strong className="dg-tooltip__name">{e.name}</strong>
      <span className="dg-tooltip__meta">
        {TYPE_LABELS[e.type]}
        {country ? ` · ${country}` : ''}
      </span>
      {e.role ? <span className="dg-tooltip__role">{e.role}</span> : null}
      <span className="dg-tooltip__count">
        {node.meetingCount} {node.meetingCount === 1 ? 'meeting' : 'meetings'}
        {delegation > node.meetingCount ? ` · ${delegation} with its delegation` : ''}
      </span>
    </>
  );
}

export function GraphView() {
  const graph = useExplorer(selectVisibleGraph);
  const selectedId = useExplorer((s) => s.selectedId);
  // An empty corpus is App's to explain; an empty view under filters is ours.
  const hasMeetings = useExplorer((s) => (s.graph?.meetings.length ?? 0) > 0);
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const marksRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const controller = useRef<GraphController | null>(null);

  useEffect(() => {
    const c = createGraphController(
      { root: rootRef.current!, canvas: canvasRef.current!, marks: marksRef.current!, overlay: overlayRef.current!, tooltip: tooltipRef.current! },
      explorer,
    );
    controller.current = c;
    return () => {
      c.dispose();
      controller.current = null;
    };
  }, []);

  // Buttons in order of importance: Tab reaches the big players first, and smaller
  // nodes come later in the DOM, so they sit on top of the big discs they overlap.
  const ordered = useMemo(() => {
    const delegations = delegationCounts(graph);
    const radius = new Map(graph.nodes.map((n) => [n.id, nodeRadius(nodeWeight(n, delegations), n.entity.type)]));
    return [...graph.nodes]
      .sort((a, b) => radius.get(b.id)! - radius.get(a.id)! || a.entity.name.localeCompare(b.entity.name) || a.id.localeCompare(b.id))
      .map((node) => ({ node, size: overlaySize(radius.get(node.id)!) }));
  }, [graph]);

  const members = useStore(graphView, (s) => s.overlayIds);
  const buttons = useMemo(() => {
    // Until the live graph says which nodes are in view, a big graph gets its most important ones.
    if (!members) return ordered.length > OVERLAY_ALL_UP_TO ? ordered.slice(0, OVERLAY_MAX) : ordered;
    const keep = new Set(members);
    return ordered.filter((o) => keep.has(o.node.id));
  }, [ordered, members]);

  useLayoutEffect(() => {
    controller.current?.syncOverlay();
  }, [buttons]);

  return (
    <section aria-label="Graph" className="dg-graph">
      {/* First in the tab order, so keyboard users reach the zoom before a hundred nodes. */}
      <div className="dg-graph__toolbar">
        <ZoomControls />
      </div>
      <div ref={rootRef} className="dg-graph__stage">
        <canvas ref={canvasRef} className="dg-graph__canvas" aria-hidden="true" />
        <canvas ref={marksRef} className="dg-graph__canvas dg-graph__marks" aria-hidden="true" />
        <div ref={overlayRef} className="dg-graph__overlay" role="group" aria-label="Entities on the map">
          {buttons.map(({ node, size }) => (
            <NodeButton key={node.id} node={node} size={size} pressed={node.id === selectedId} />
          ))}
        </div>
        <div ref={tooltipRef} className="dg-tooltip" role="tooltip" hidden>
          <Tooltip />
        </div>
      </div>
      {graph.nodes.length === 0 && hasMeetings ? <p className="dg-graph__empty">No meetings match the current filters.</p> : null}
    </section>
  );
}
