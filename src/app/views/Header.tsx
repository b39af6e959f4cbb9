import type { GraphDocument } from '../../model';
import { plural } from '../shared/format';
import { ExportButton } from './ExportButton';
import { ExportMenu } from './ExportMenu';
import { DataStatus, ReviewButton } from './DataStatus';
import { AddTextButton } from './ImportPanel';
import { SearchBox } from './SearchBox';

function fileCount(graph: GraphDocument): number {
  if (graph.corpus) return graph.corpus.files;
  return new Set(graph.meetings.flatMap((m) => m.sources.map((s) => s.file))).size;
}

export function Header({ graph }: { graph: GraphDocument }) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">diplograph</span>
      </div>
      <div className="corpus-block">
        <p className="corpus-summary" aria-label="Corpus summary">
          <span>{plural(graph.meetings.length, 'meeting')}</span>
          <span>{plural(graph.entities.length, 'entity', 'entities')}</span>
          <span>{plural(fileCount(graph), 'file')}</span>
        </p>
        <DataStatus />
      </div>
      <div className="header-tools">
        <ReviewButton />
        <SearchBox />
        <AddTextButton />
        <ExportButton />
        <ExportMenu />
      </div>
    </header>
  );
}
