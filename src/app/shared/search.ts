// Finds entities by name or alias for the search box. Case- and accent-blind
// ("sao tome" finds "São Tomé"); ranks whole-name prefixes over word prefixes over
// substrings, then by how often the entity meets, so the likely one comes first.
import type { Entity, GraphDocument } from '../../model';

export interface SearchHit {
  entity: Entity;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
  score: number;
}

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

function rank(text: string, q: string): number {
  const t = fold(text);
  if (t === q) return 4;
  if (t.startsWith(q)) return 3;
  if (t.split(/[\s\-'’().,]+/).some((w) => w.startsWith(q))) return 2;
  if (t.includes(q)) return 1;
  return 0;
}

export function searchEntities(graph: GraphDocument | null, query: string, limit = 8, weight?: (id: string) => number): SearchHit[] {
  const q = fold(query);
  if (!graph || !q) return [];
  const hits: SearchHit[] = [];
  for (const entity of graph.entities) {
    let best = rank(entity.name, q) * 2 + 1; // the name beats an equally good alias
    let alias: string | null = null;
    if (best === 1) {
      best = 0;
      for (const a of entity.aliases) {
        const r = rank(a, q) * 2;
        if (r > best) {
          best = r;
          alias = a;
        }
      }
    }
    if (best > 0) hits.push({ entity, alias, score: best });
  }
  const w = weight ?? (() => 0);
  return hits
    .sort((a, b) => b.score - a.score || w(b.entity.id) - w(a.entity.id) || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}
