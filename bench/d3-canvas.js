// The strongest plain baseline: d3-force on the main thread and one 2D canvas on
// which every frame draws everything, all edges as one batched path stroked at one
// device pixel, all nodes as one filled path; d3-zoom redraws at the new transform.
// Draws are coalesced to one per animation frame. A plain browser script, loaded
// after d3's UMD build.
/* global d3 */
window.benchRender = function d3CanvasRender(graph) {
  const nodes = graph.entities.map((e) => ({ id: e.id }));
  const links = graph.meetings.map((m) => ({ source: m.participants[0], target: m.participants[1] ?? m.participants[0] }));
  const width = window.innerWidth;
  const height = window.innerHeight;
  const dpr = window.devicePixelRatio || 1;
  const canvas = d3.select('body').append('canvas').attr('width', width * dpr).attr('height', height * dpr).style('width', `${width}px`).style('height', `${height}px`).node();
  const ctx = canvas.getContext('2d');
  let transform = d3.zoomIdentity;
  let queued = false;
  const draw = () => {
    queued = false;
    const { k, x, y } = transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    ctx.beginPath();
    for (const l of links) {
      ctx.moveTo(l.source.x, l.source.y);
      ctx.lineTo(l.target.x, l.target.y);
    }
    ctx.lineWidth = 0.99 / (k * dpr);
    ctx.strokeStyle = 'rgba(120, 120, 120, 0.5)';
    ctx.stroke();
    ctx.beginPath();
    for (const n of nodes) {
      ctx.moveTo(n.x + 4, n.y);
      ctx.arc(n.x, n.y, 4, 0, 2 * Math.PI);
    }
    ctx.fillStyle = '#0072B2';
    ctx.fill();
  };
  const schedule = () => {
    if (!queued) { queued = true; requestAnimationFrame(draw); }
  };
  d3.select(canvas).call(d3.zoom().on('zoom', (e) => { transform = e.transform; schedule(); }));
  window.benchSimulation = d3
    .forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id))
    .force('charge', d3.forceManyBody())
    .force('center', d3.forceCenter(width / 2, height / 2))
    .on('tick', schedule);
};
