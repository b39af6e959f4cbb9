// One zustand store for the explorer, built from slices (data, filters, selection,
// view). It is a vanilla store with a thin React hook on top, so D3/canvas handlers
// can call `explorer.getState()` and actions without hooks (zustand's own habit).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Correction, CorrectionInput, EntityType, GraphDocument, MeetingKind } from '../../model';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';
import { applyCorrections, type CorrectionOutcome } from '../../review/apply';
import { stamp } from '../../review/refs';
import type { Camera } from '../graph/camera';
import { focusExtent, monthExtent, playNext, playStart, type Month } from '../timeline/timeline';

export interface DataSlice {
  /** What the views show: the extracted graph with the corrections applied (src/review/apply.ts). */
  graph: GraphDocument | null;
  /** A newly extracted graph: the corrections are applied over it (placed again where its ids changed). */
  setGraph: (graph: GraphDocument) => void;
}

/** Where the graph on screen came from: a graph.json served with the site, or files the user added (onto one). */
export type DataOrigin = { kind: 'served'; url: string } | { kind: 'imported'; files: string[]; onto: string | null };

export interface ReviewSlice {
  /** The graph as extracted, never edited: corrections are records applied over it. */
  extracted: GraphDocument | null;
  corrections: Correction[];
  /** Undone corrections, newest last, for Redo; cleared by a new correction. */
  undone: Correction[];
  /** What became of each correction on this graph (applied, or why not). */
  outcomes: CorrectionOutcome[];
  origin: DataOrigin | null;
  /** The Review view (meetings weakest first, the corrections) in place of the details. */
  reviewOpen: boolean;
  /** Sets everything at once: a restored session, a graph loaded with its corrections. */
  loadSession: (session: { extracted: GraphDocument; corrections: Correction[]; origin: DataOrigin | null }) => void;
  setOrigin: (origin: DataOrigin) => void;
  /** Records a correction (stamped with an id and the time) and applies it. */
  correct: (input: CorrectionInput) => Correction;
  undo: () => void;
  redo: () => void;
  /** Takes back one correction, wherever it is in the list. */
  removeCorrection: (id: string) => void;
  /** Replaces the list (an imported corrections file). */
  setCorrections: (corrections: Correction[]) => void;
  setReviewOpen: (open: boolean) => void;
}

export interface FiltersSlice {
  /** Inclusive ISO day bounds of the time filter; null = open-ended. */
  from: string | null;
  to: string | null;
  kinds: MeetingKind[];
  types: EntityType[];
  search: string;
  /** Fold persons and organisations into their countries. */
  countriesOnly: boolean;
  /** Leave out the meetings of weak confidence (src/review/confidence.ts). */
  hideWeak: boolean;
  setRange: (from: string | null, to: string | null) => void;
  toggleKind: (kind: MeetingKind) => void;
  toggleType: (type: EntityType) => void;
  setSearch: (search: string) => void;
  setCountriesOnly: (on: boolean) => void;
  setHideWeak: (on: boolean) => void;
  /** Back to every kind and type, no time range, no search, all entities. */
  resetFilters: () => void;
}

export interface SelectionSlice {
  selectedId: string | null;
  selectedMeetingId: string | null;
  hoveredId: string | null;
  select: (entityId: string | null) => void;
  /** Highlights a meeting's edge; with `entityId`, also selects that entity. */
  selectMeeting: (meetingId: string | null, entityId?: string) => void;
  hover: (entityId: string | null) => void;
  clearSelection: () => void;
}

/** What a node's colour says: its type (country, person, organisation) or its Louvain community. */
export type ColorBy = 'type' | 'community';

export interface ViewSlice {
  /** Bumped to ask the graph view to centre on an entity (search, details links). */
  focus: { id: string; seq: number } | null;
  playing: boolean;
  /** Timeline shows every year, not just the focus between stray early and late dates (see focusExtent). */
  timelineAllYears: boolean;
  setTimelineAllYears: (on: boolean) => void;
  colorBy: ColorBy;
  setColorBy: (colorBy: ColorBy) => void;
  /** Where the user moved the map (null: fitted to the graph, the default). */
  camera: Camera | null;
  setCamera: (camera: Camera | null) => void;
  focusEntity: (id: string) => void;
  setPlaying: (playing: boolean) => void;
  /** Play from the current range (or a 3-month window at the start); Pause when playing. */
  togglePlay: () => void;
  /** One step of playback: slides the window by a month, stops at the last month. */
  playStep: () => void;
  /** Sets filters and selection at once (restoring a bookmarked URL). */
  applyView: (view: Partial<ShareableView>) => void;
}

/** The part of the state a URL can carry. */
export interface ShareableView {
  from: string | null;
  to: string | null;
  kinds: MeetingKind[];
  types: EntityType[];
  countriesOnly: boolean;
  selectedId: string | null;
  selectedMeetingId: string | null;
  colorBy: ColorBy;
  camera: Camera | null;
}

export type ExplorerState = DataSlice & ReviewSlice & FiltersSlice & SelectionSlice & ViewSlice;

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const initialFilters = {
  from: null,
  to: null,
  kinds: [...MEETING_KINDS],
  types: [...ENTITY_TYPES],
  search: '',
  countriesOnly: false,
  hideWeak: false,
} satisfies Partial<FiltersSlice>;

/** The view with no filter and no selection: what an empty URL hash means. */
export function defaultView(): ShareableView {
  return {
    from: initialFilters.from,
    to: initialFilters.to,
    kinds: [...MEETING_KINDS],
    types: [...ENTITY_TYPES],
    countriesOnly: initialFilters.countriesOnly,
    selectedId: null,
    selectedMeetingId: null,
    colorBy: 'type',
    camera: null,
  };
}

/** The months the timeline draws and Play runs over. */
export function timelineExtent(s: Pick<ExplorerState, 'graph' | 'timelineAllYears'>): [Month, Month] | null {
  const meetings = s.graph?.meetings ?? [];
  return s.timelineAllYears ? monthExtent(meetings) : (focusExtent(meetings)?.extent ?? null);
}

/** The state after the corrections changed: the graph re-applied; a selection folded into another follows it. */
function reapplied(s: ExplorerState, corrections: Correction[]): Partial<ExplorerState> {
  if (!s.extracted) return { corrections, outcomes: [] };
  const { graph, outcomes, moved } = applyCorrections(s.extracted, corrections);
  const ids = new Set(graph.entities.map((e) => e.id));
  const follow = (id: string | null) => {
    for (let i = 0; id && i < 100 && moved.has(id); i++) id = moved.get(id)!;
    return id;
  };
  const selectedId = follow(s.selectedId);
  const selectedMeetingId = follow(s.selectedMeetingId);
  return {
    graph,
    corrections,
    outcomes,
    selectedId: selectedId && ids.has(selectedId) ? selectedId : null,
    selectedMeetingId: selectedMeetingId && graph.meetings.some((m) => m.id === selectedMeetingId) ? selectedMeetingId : null,
    hoveredId: null,
  };
}

export function createExplorerStore() {
  return createStore<ExplorerState>()((set, get) => ({
    graph: null,
    setGraph: (extracted) => {
      const { graph, outcomes } = applyCorrections(extracted, get().corrections);
      set({ extracted, graph, outcomes, selectedId: null, selectedMeetingId: null, hoveredId: null, camera: null });
    },

    extracted: null,
    corrections: [],
    undone: [],
    outcomes: [],
    origin: null,
    reviewOpen: false,
    loadSession: ({ extracted, corrections, origin }) => {
      const { graph, outcomes } = applyCorrections(extracted, corrections);
      set({ extracted, graph, corrections, outcomes, origin, undone: [], selectedId: null, selectedMeetingId: null, hoveredId: null, camera: null });
    },
    setOrigin: (origin) => set({ origin }),
    correct: (input) => {
      const s = get();
      const correction = stamp(input, [...s.corrections, ...s.undone]);
      set({ ...reapplied(s, [...s.corrections, correction]), undone: [] });
      return correction;
    },
    undo: () => {
      const s = get();
      const last = s.corrections[s.corrections.length - 1];
      if (last) set({ ...reapplied(s, s.corrections.slice(0, -1)), undone: [...s.undone, last] });
    },
    redo: () => {
      const s = get();
      const next = s.undone[s.undone.length - 1];
      if (next) set({ ...reapplied(s, [...s.corrections, next]), undone: s.undone.slice(0, -1) });
    },
    removeCorrection: (id) => {
      const s = get();
      const gone = s.corrections.find((c) => c.id === id);
      if (gone) set({ ...reapplied(s, s.corrections.filter((c) => c.id !== id)), undone: [...s.undone, gone] });
    },
    setCorrections: (corrections) => set((s) => ({ ...reapplied(s, corrections), undone: [] })),
    setReviewOpen: (reviewOpen) => set({ reviewOpen }),

    ...initialFilters,
    // A range chosen by hand stops playback (playStep moves the range itself).
    setRange: (from, to) => set(from && to && from > to ? { from: to, to: from, playing: false } : { from, to, playing: false }),
    toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
    toggleType: (type) => set((s) => ({ types: toggle(s.types, type) })),
    setSearch: (search) => set({ search }),
    setCountriesOnly: (countriesOnly) => set({ countriesOnly }),
    setHideWeak: (hideWeak) => set({ hideWeak }),
    resetFilters: () => set({ ...initialFilters, kinds: [...MEETING_KINDS], types: [...ENTITY_TYPES], playing: false }),

    selectedId: null,
    selectedMeetingId: null,
    hoveredId: null,
    select: (selectedId) => set({ selectedId, selectedMeetingId: null }),
    selectMeeting: (selectedMeetingId, entityId) =>
      set(entityId === undefined ? { selectedMeetingId } : { selectedMeetingId, selectedId: entityId }),
    hover: (hoveredId) => set({ hoveredId }),
    clearSelection: () => set({ selectedId: null, selectedMeetingId: null }),

    focus: null,
    playing: false,
    timelineAllYears: false,
    setTimelineAllYears: (timelineAllYears) => set({ timelineAllYears }),
    colorBy: 'type',
    setColorBy: (colorBy) => set({ colorBy }),
    camera: null,
    setCamera: (camera) => set({ camera }),
    focusEntity: (id) => set((s) => ({ focus: { id, seq: (s.focus?.seq ?? 0) + 1 }, selectedId: id, selectedMeetingId: null })),
    setPlaying: (playing) => set({ playing }),
    togglePlay: () => {
      const { playing, from, to } = get();
      if (playing) return set({ playing: false });
      const extent = timelineExtent(get());
      if (!extent) return;
      set({ ...playStart(from, to, extent), playing: true });
    },
    playStep: () => {
      const { playing, from, to } = get();
      if (!playing) return;
      const extent = timelineExtent(get());
      const next = extent && playNext(from, to, extent);
      set(next ? { ...next } : { playing: false });
    },
    applyView: (view) => set({ ...view, playing: false }),
  }));
}

/** The app's store. Tests make their own with createExplorerStore(). */
export const explorer = createExplorerStore();

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(explorer, selector);
}
