// "Export SVG": asks the live graph for a snapshot of what is on screen and
// downloads it as a standalone SVG file.
import { useStore } from 'zustand';
import { graphView } from '../graph/graphViewStore';
import { downloadText } from '../io/download';
import { exportFileName, renderSvg } from '../io/svgExport';
import { withCorrections } from '../io/exportView';
import { explorer } from '../store';

export function ExportButton() {
  const ready = useStore(graphView, (s) => s.snapshot !== null);
  const onClick = () => {
    const snapshot = graphView.getState().snapshot?.();
    if (!snapshot) return;
    downloadText(renderSvg(withCorrections(snapshot, explorer.getState().graph)), exportFileName(), 'image/svg+xml;charset=utf-8');
  };
  return (
    <button type="button" className="dg-export" onClick={onClick} disabled={!ready} title="Download what is on screen as an SVG file">
      Export SVG
    </button>
  );
}
