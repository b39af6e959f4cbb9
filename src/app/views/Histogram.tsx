// Meetings per month as bars on a UTC time axis, with a d3-brush to choose a range.
// A meeting dated only by its year is no point in any month: those of each year are
// drawn as one band under the bars, spanning the year (as much of it as the axis shows).
// The brush only reports pixels; we map them to whole months and hand the range to
// the store. The store's range is drawn back with brush.move, whose echo (an event
// without sourceEvent) the listener ignores (d3-brush's own habit).
import { useEffect, useMemo, useRef, useState } from 'react';
import * as d3 from 'd3';
import { explorer, timelineExtent, useExplorer } from '../store';
import { binByMonth, focusExtent, addMonths, overlapsRange, type YearSpan } from '../timeline/timeline';
import { monthTicks } from '../timeline/axisTicks';
import { formatMonth, plural } from '../shared/format';
import { INK } from '../graph/palette';

const HEIGHT = 118;
const M = { top: 8, right: 12, bottom: 22, left: 30 };
/** The band of year-precise meetings, between the bars and the axis, when there is one. */
const LANE = 15;
const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** Where a year's band sits on the axis, and the words that fit in it (none when it is too narrow). */
function yearBand(span: YearSpan, x: d3.ScaleTime<number, number>): { x0: number; w: number; label: string | null } {
  const x0 = x(utc(`${span.from}-01`));
  const w = Math.max(2, x(utc(`${addMonths(span.to, 1)}-01`)) - x0 - 1);
  const [open, close] = [span.cutStart ? '‹ ' : '', span.cutEnd ? ' ›' : ''];
  const long = `${open}${plural(span.count, 'meeting')}, some time in ${span.year}${close}`;
  const short = `${open}${span.year}: ${span.count}${close}`;
  return { x0, w, label: [long, short].find((l) => w >= l.length * 5.2 + 8) ?? null };
}

/** One year's meetings dated only by the year: a band over the months of it the axis shows, open-ended where cut. */
function YearBand({ span, x, top, inRange }: { span: YearSpan; x: d3.ScaleTime<number, number>; top: number; inRange: boolean }) {
  const { x0, w, label } = yearBand(span, x);
  const h = LANE - 5;
  const shown = span.cutStart || span.cutEnd ? `, of which the axis shows ${formatMonth(span.from)} to ${formatMonth(span.to)}` : '';
  return (
    <g className={`year-span ${inRange ? 'in' : 'out'}`} transform={`translate(${x0 + 0.5},${top})`}>
      <title>{`${plural(span.count, 'meeting')} dated only by the year ${span.year}: some time in ${span.year}${shown}`}</title>
      <rect width={w} height={h} rx={2} />
      {label && (
        <text x={span.cutStart ? 4 : w / 2} y={h - 2} textAnchor={span.cutStart ? 'start' : 'middle'}>
          {label}
        </text>
      )}
    </g>
  );
}

export function Histogram() {
  const graph = useExplorer((s) => s.graph);
  const kinds = useExplorer((s) => s.kinds);
  const from = useExplorer((s) => s.from);
  const to = useExplorer((s) => s.to);
  const [boxRef, width] = useWidth<HTMLDivElement>();
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const brush = useRef<d3.BrushBehavior<unknown> | null>(null);

  const allYears = useExplorer((s) => s.timelineAllYears);
  const setAllYears = useExplorer((s) => s.setTimelineAllYears);
  // The axis spans the dated meetings (all kinds, so it stays put while kinds are
  // toggled), from after any long gap of stray early dates unless all years are asked for.
  const extent = useMemo(() => timelineExtent({ graph, timelineAllYears: allYears }), [graph, allYears]);
  const focus = useMemo(() => focusExtent(graph?.meetings ?? []), [graph]);
  const binned = useMemo(() => binByMonth((graph?.meetings ?? []).filter((m) => kinds.includes(m.kind)), extent), [graph, kinds, extent]);

  const x = useMemo(() => {
    const lo = extent ? utc(`${extent[0]}-01`) : new Date(0);
    const hi = extent ? utc(`${addMonths(extent[1], 1)}-01`) : new Date(1);
    return d3.scaleUtc().domain([lo, hi]).range([M.left, Math.max(M.left + 1, width - M.right)]);
  }, [extent, width]);
  const max = d3.max(binned.bins, (b) => b.count) ?? 0;
  const lane = binned.years.length > 0 ? LANE : 0;
  const base = HEIGHT - M.bottom - lane;
  const y = useMemo(() => d3.scaleLinear().domain([0, Math.max(1, max)]).nice().range([base, M.top]), [max, base]);

  useEffect(() => {
    if (!xAxisRef.current || !yAxisRef.current || width === 0) return;
    const ticks = Math.max(2, Math.floor((width - M.left - M.right) / 70));
    const months = extent ? monthTicks(extent[0], extent[1], ticks) : [];
    d3.select(xAxisRef.current).call(
      d3
        .axisBottom(x)
        .tickValues(months.map((t) => utc(`${t.month}-01`)))
        .tickFormat((_, i) => months[i]?.label ?? '')
        .tickSizeOuter(0),
    );
    d3.select(yAxisRef.current).call(d3.axisLeft(y).ticks(Math.min(3, y.domain()[1]!)).tickFormat(d3.format('d')).tickSize(-(width - M.left - M.right)));
  }, [x, y, width, extent]);

  // The brush behaviour, rebuilt when the plot area changes size.
  useEffect(() => {
    const g = brushRef.current;
    if (!g || width === 0 || !extent) return;
    const b = d3
      .brushX<unknown>()
      .extent([
        [M.left, M.top],
        [width - M.right, HEIGHT - M.bottom],
      ])
      .on('end', (event: d3.D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own brush.move: ignore the echo
        const { setRange } = explorer.getState();
        if (!event.selection) return setRange(null, null);
        const [x0, x1] = event.selection as [number, number];
        const a = d3.utcMonth.round(x.invert(x0));
        let z = d3.utcMonth.round(x.invert(x1));
        if (+z <= +a) z = d3.utcMonth.offset(a, 1);
        setRange(iso(a), iso(d3.utcDay.offset(z, -1)));
      });
    brush.current = b;
    d3.select(g).call(b);
    return () => {
      d3.select(g).on('.brush', null);
      brush.current = null;
    };
  }, [width, extent, x]);

  // Store → brush.
  useEffect(() => {
    const g = brushRef.current;
    if (!g || !brush.current || width === 0) return;
    if (!from && !to) return void d3.select(g).call(brush.current.move, null);
    const [lo, hi] = x.range() as [number, number];
    const a = from ? Math.max(lo, x(utc(from))) : lo;
    const z = to ? Math.min(hi, x(d3.utcDay.offset(utc(to), 1))) : hi;
    d3.select(g).call(brush.current.move, z > a ? [a, z] : null);
  }, [from, to, x, width]);

  const inside = (month: string) => overlapsRange(month, from, to);
  // Stray dates far before or after the rest are off the chart unless all years are asked for.
  const folded = focus && (focus.beforeSpan || focus.afterSpan) ? focus : null;
  const offYears = binned.yearsOffChart;
  const offCount = d3.sum(offYears, (y) => y.count);
  // The bands explain themselves in their labels; when one is too narrow for words, the note says what they are.
  const unlabelled = binned.years.some((span) => !yearBand(span, x).label?.includes('some time'));
  const unplaced = [
    offCount ? `${plural(offCount, 'meeting')} dated only by year (${offYears.map((y) => y.year).join(', ')})` : '',
    binned.undated ? `${plural(binned.undated, 'meeting')} undated` : '',
  ].filter(Boolean);

  return (
    <div className="histogram" ref={boxRef}>
      {extent ? (
        <svg width={width} height={HEIGHT} role="img" aria-label={`Meetings per month, ${formatMonth(extent[0])} to ${formatMonth(extent[1])}`}>
          <g ref={yAxisRef} className="axis y-axis" transform={`translate(${M.left},0)`} />
          <g className="bars">
            {binned.bins.map((b) => {
              const x0 = x(utc(`${b.month}-01`));
              const x1 = x(utc(`${addMonths(b.month, 1)}-01`));
              const w = Math.max(b.count ? 2 : 1, x1 - x0 - Math.min(2, (x1 - x0) * 0.2));
              return (
                <rect key={b.month} x={x0 + (x1 - x0 - w) / 2} width={w} y={y(b.count)} height={y(0) - y(b.count)} className={inside(b.month) ? 'bar in' : 'bar out'} fill={INK}>
                  <title>{`${formatMonth(b.month)}: ${plural(b.count, 'meeting')}`}</title>
                </rect>
              );
            })}
          </g>
          {binned.years.length > 0 && (
            <g className="year-spans">
              {binned.years.map((span) => (
                <YearBand key={span.year} span={span} x={x} top={base + 3} inRange={overlapsRange(span.year, from, to)} />
              ))}
            </g>
          )}
          <g ref={xAxisRef} className="axis x-axis" transform={`translate(0,${HEIGHT - M.bottom})`} />
          <g ref={brushRef} className="brush" />
        </svg>
      ) : (
        <p className="empty">No meeting has a date precise to the month.</p>
      )}
      <p className="unplaced">
        {folded && !allYears && (
          <>
            {[
              folded.beforeSpan ? `${plural(folded.before, 'earlier meeting')} (${folded.beforeSpan[0].slice(0, 4)}–${folded.beforeSpan[1].slice(0, 4)})` : '',
              folded.afterSpan ? `${plural(folded.after, 'later meeting')} (${folded.afterSpan[0].slice(0, 4)}–${folded.afterSpan[1].slice(0, 4)})` : '',
            ].filter(Boolean).join(' and ')}{' '}
            off the chart.{' '}
            <button type="button" className="link-button" onClick={() => setAllYears(true)}>
              Show all years
            </button>{' '}
          </>
        )}
        {folded && allYears && (
          <>
            <button type="button" className="link-button" onClick={() => setAllYears(false)}>
              Focus on {folded.extent[0].slice(0, 4)}–{folded.extent[1].slice(0, 4)}
            </button>{' '}
          </>
        )}
        {unlabelled && <>Bands under the bars: meetings dated only by the year, over that year. </>}
        {unplaced.length > 0 && <>Not on the chart: {unplaced.join(', ')}.</>}
      </p>
    </div>
  );
}
