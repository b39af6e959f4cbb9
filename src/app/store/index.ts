// One zustand store for the explorer, built from slices (data, filters, selection,
// view). It is a vanilla store with a thin React hook on top, so D3/canvas handlers
// can call `explorer.getState()` and actions without hooks (zustand's own habit).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EntityType, GraphDocument, MeetingKind } from '../../model';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';
import type { Camera } from '../lib/camera';
import { focusExtent, monthExtent, playNext, playStart, type Month } from '../lib/timeline';

export interface DataSlice {
  graph: GraphDocument | null;
  setGraph: (graph: GraphDocument) => void;
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
  setRange: (from: string | null, to: string | null) => void;
  toggleKind: (kind: MeetingKind) => void;
  toggleType: (type: EntityType) => void;
  setSearch: (search: string) => void;
  setCountriesOnly: (on: boolean) => void;
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

export type ExplorerState = DataSlice & FiltersSlice & SelectionSlice & ViewSlice;

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const initialFilters = {
  from: null,
  to: null,
  kinds: [...MEETING_KINDS],
  types: [...ENTITY_TYPES],
  search: '',
  countriesOnly: false,
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

export function createExplorerStore() {
  return createStore<ExplorerState>()((set, get) => ({
    graph: null,
    setGraph: (graph) => set({ graph, selectedId: null, selectedMeetingId: null, hoveredId: null, camera: null }),

    ...initialFilters,
    // A range chosen by hand stops playback (playStep moves the range itself).
    setRange: (from, to) => set(from && to && from > to ? { from: to, to: from, playing: false } : { from, to, playing: false }),
    toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
    toggleType: (type) => set((s) => ({ types: toggle(s.types, type) })),
    setSearch: (search) => set({ search }),
    setCountriesOnly: (countriesOnly) => set({ countriesOnly }),
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
