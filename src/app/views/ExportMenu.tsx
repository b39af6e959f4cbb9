// "Export ▾": the graph in other tools' formats. PNG is the on-screen picture (the
// same SVG as "Export SVG", drawn at 2×); the data formats come from formatGraph
// (the CLI's --format writes the very same files), for the current view or for
// everything, as the user picks in the menu.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ExportFormat } from '../../export';
import { plural } from '../shared/format';
import { menuIndexAfter } from '../shared/menuKeys';
import { graphView } from '../graph/graphViewStore';
import { subgraph, withCorrections, type ExportScope } from '../io/exportView';
import { downloadBlob, downloadText } from '../io/download';
import { pngFileName, svgToPng } from '../io/pngExport';
import { exportFileName, renderSvg } from '../io/svgExport';
import { explorer, useExplorer } from '../store';
import { selectRangeMeetings } from '../store/selectors';
import { PanelsField, TimelineExportItems } from './TimelineExports';
import '../importExport.css';

const DATA_FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'gexf', label: 'GEXF 1.3', hint: 'Gephi' },
  { format: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { format: 'csv', label: 'CSV of meetings', hint: 'spreadsheets' },
  { format: 'json', label: 'JSON', hint: 'diplograph’s own graph.json' },
];

export function exportBaseName(scope: ExportScope, date = new Date()): string {
  return exportFileName(date).replace(/\.svg$/, '') + (scope === 'view' ? '-view' : '');
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>('view');
  const [error, setError] = useState<string | null>(null);
  const [panels, setPanels] = useState(4);
  const root = useRef<HTMLDivElement>(null);
  const canPng = useStore(graphView, (s) => s.snapshot !== null);
  const shown = useExplorer((s) => selectRangeMeetings(s).length);
  const all = useExplorer((s) => s.graph?.meetings.length ?? 0);
  // Set by ArrowDown/ArrowUp on the closed menu's button: the item to focus once the menu is open.
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  const items = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const moveFocus = (key: string) => {
    const list = items();
    const next = menuIndexAfter(key, list.indexOf(document.activeElement as HTMLButtonElement), list.map((b) => b.disabled));
    if (next === null) return false;
    list[next]!.focus();
    return true;
  };
  useEffect(() => {
    if (!open || !focusOnOpen) return;
    moveFocus(focusOnOpen === 'first' ? 'Home' : 'End');
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);
  // Arrow keys, Home and End move between the menu's items; on the closed button, ArrowDown/ArrowUp open it.
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (!open) {
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (e.target as Element).classList.contains('dg-export-menu__toggle')) {
        e.preventDefault();
        setOpen(true);
        setFocusOnOpen(e.key === 'ArrowDown' ? 'first' : 'last');
      }
      return;
    }
    // The scope's radio buttons keep their own arrow keys.
    if ((e.target as Element).closest('fieldset')) return;
    if (moveFocus(e.key)) e.preventDefault();
  };

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault(); // the app's Escape would otherwise also clear the selection
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.dg-export-menu__toggle')?.focus();
    };
    document.addEventListener('pointerdown', away);
    // Capture phase: ahead of the app's own Escape (which clears the selection).
    document.addEventListener('keydown', key, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', key, true);
    };
  }, [open]);

  const exportData = async (format: ExportFormat) => {
    const graph = explorer.getState().graph;
    if (!graph) return;
    const doc = scope === 'all' ? graph : subgraph(graph, selectRangeMeetings(explorer.getState()));
    setOpen(false);
    try {
      // Loaded on first use: src/export brings graphology (for its metrics), which the first paint does not need.
      const { formatGraph } = await import('../../export');
      const { text, extension, mimeType } = formatGraph(doc, format);
      downloadText(text, `${exportBaseName(scope)}.${extension}`, mimeType);
      setError(null);
    } catch (e) {
      setError(`Export failed: ${(e as Error).message}`);
    }
  };

  const exportPng = async () => {
    const snapshot = graphView.getState().snapshot?.();
    if (!snapshot) return;
    setOpen(false);
    try {
      downloadBlob(await svgToPng(renderSvg(withCorrections(snapshot, explorer.getState().graph)), 2), pngFileName(exportFileName()));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="dg-export-menu" ref={root} onKeyDown={onKeyDown}>
      <button type="button" className="dg-export dg-export-menu__toggle" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {error && (
        <span className="dg-export-menu__error" role="alert">
          {error}
        </span>
      )}
      {open && (
        <div className="dg-export-menu__popup">
          <fieldset className="dg-export-menu__scope">
            <legend>Data files hold</legend>
            <label>
              <input type="radio" name="dg-export-scope" checked={scope === 'view'} onChange={() => setScope('view')} />
              Current view <span className="hint">{plural(shown, 'meeting')} in range and filters</span>
            </label>
            <label>
              <input type="radio" name="dg-export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
              Everything <span className="hint">{plural(all, 'meeting')}</span>
            </label>
          </fieldset>
          <PanelsField panels={panels} onChange={setPanels} />
          <div role="menu" aria-label="Export">
            {DATA_FORMATS.map(({ format, label, hint }) => (
              <button key={format} type="button" role="menuitem" onClick={() => void exportData(format)}>
                <span className="label">{label}</span>
                <span className="hint">{hint}</span>
              </button>
            ))}
            <TimelineExportItems panels={panels} onStart={() => setOpen(false)} onError={setError} />
            <button type="button" role="menuitem" disabled={!canPng} onClick={() => void exportPng()}>
              <span className="label">PNG image, 2×</span>
              <span className="hint">the picture on screen</span>
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
