// The straightforward D3 version a user would write first: one SVG <circle> and
// <line> per node and edge, every attribute set on every tick. A plain browser
// script (loaded after d3's UMD build) so the benchmark page needs no bundler.
// Each update tells the frame probe (bench/frameProbe.js) how many elements it set.
/* global d3 */
window.benchRender = function naiveSvgRender(graph) {
  const nodes = graph.entities.map((e) => ({ id: e.id }));
  const links = graph.meetings.map((m) => ({ source: m.participants[0], target: m.participants[1] ?? m.participants[0] }));
  const width = window.innerWidth;
  const height = window.innerHeight;
  const svg = d3.select('body').append('svg').attr('width', width).attr('height', height);
  const g = svg.append('g');
  svg.call(d3.zoom().on('zoom', (e) => {
    g.attr('transform', e.transform);
    window.__probe?.svgDrawn(nodes.length + links.length);
  }));
  const line = g.append('g').attr('stroke', '#999').selectAll('line').data(links).join('line');
  const circle = g.append('g').selectAll('circle').data(nodes).join('circle').attr('r', 4).attr('fill', '#0072B2');
  window.benchSimulation = d3
    .forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id))
    .force('charge', d3.forceManyBody())
    .force('center', d3.forceCenter(width / 2, height / 2))
    .on('tick', () => {
      line.attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y).attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
      circle.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
      window.__probe?.svgDrawn(nodes.length + links.length);
    });
};
