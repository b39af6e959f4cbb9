// One zustand store for the explorer, built from slices (data, filters, selection,
// view). It is a vanilla store with a thin React hook on top, so D3/canvas handlers
// can call `explorer.getState()` and actions without hooks (zustand's own habit).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EntityType, GraphDocument, MeetingKind } from '../../model';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';

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
}

export interface SelectionSlice {
  selectedId: string | null;
  selectedMeetingId: string | null;
  hoveredId: string | null;
  select: (entityId: string | null) => void;
  selectMeeting: (meetingId: string | null) => void;
  hover: (entityId: string | null) => void;
  clearSelection: () => void;
}

export interface ViewSlice {
  /** Bumped to ask the graph view to centre on an entity (search, details links). */
  focus: { id: string; seq: number } | null;
  playing: boolean;
  focusEntity: (id: string) => void;
  setPlaying: (playing: boolean) => void;
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

export function createExplorerStore() {
  return createStore<ExplorerState>()((set) => ({
    graph: null,
    setGraph: (graph) => set({ graph, selectedId: null, selectedMeetingId: null, hoveredId: null }),

    ...initialFilters,
    setRange: (from, to) => set(from && to && from > to ? { from: to, to: from } : { from, to }),
    toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
    toggleType: (type) => set((s) => ({ types: toggle(s.types, type) })),
    setSearch: (search) => set({ search }),
    setCountriesOnly: (countriesOnly) => set({ countriesOnly }),

    selectedId: null,
    selectedMeetingId: null,
    hoveredId: null,
    select: (selectedId) => set({ selectedId, selectedMeetingId: null }),
    selectMeeting: (selectedMeetingId) => set({ selectedMeetingId }),
    hover: (hoveredId) => set({ hoveredId }),
    clearSelection: () => set({ selectedId: null, selectedMeetingId: null }),

    focus: null,
    playing: false,
    focusEntity: (id) => set((s) => ({ focus: { id, seq: (s.focus?.seq ?? 0) + 1 }, selectedId: id, selectedMeetingId: null })),
    setPlaying: (playing) => set({ playing }),
  }));
}

/** The app's store. Tests make their own with createExplorerStore(). */
export const explorer = createExplorerStore();

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(explorer, selector);
}
