// Calm, print-friendly colours, distinct per entity type (colour-blind safe pairs
// from the Okabe–Ito set), shared by the canvas, the legend and the SVG export.
import type { EntityType, MeetingKind } from '../../model';

export const TYPE_COLORS: Record<EntityType, string> = {
  country: '#0072B2',
  person: '#D55E00',
  organisation: '#009E73',
};

export const KIND_COLORS: Record<MeetingKind, string> = {
  meeting: '#4C6A92',
  talks: '#2A7F62',
  phone_call: '#B5651D',
  video_call: '#8E5B9A',
  visit: '#6B8E23',
  summit: '#A23B3B',
};

export const INK = '#1f2933';
export const MUTED = '#8a96a3';
export const EDGE = '#9aa5b1';
export const PAPER = '#fbfaf7';
export const FONT_STACK = "'Inter', 'Helvetica Neue', Helvetica, Arial, 'Noto Sans', 'Liberation Sans', sans-serif";
