// "PNG (2×)": the same standalone SVG the "Export SVG" button writes (renderSvg of
// the live graph's snapshot), drawn into a canvas at twice its size. The SVG goes
// through a blob: URL (the page's CSP allows blob: images) and carries no external
// references, so the canvas stays untainted and can be read back as a PNG.

/** The pixel size the SVG declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const w = root && /\swidth="(\d+(?:\.\d+)?)"/.exec(root);
  const h = root && /\sheight="(\d+(?:\.\d+)?)"/.exec(root);
  if (!w || !h) return null;
  return { width: Number(w[1]), height: Number(h[1]) };
}

export function pngFileName(svgFileName: string): string {
  return svgFileName.replace(/\.svg$/i, '') + '@2x.png';
}

/** Renders the SVG at `scale` times its declared size and encodes it as a PNG. Browser only. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = svgSize(svg);
  if (!size) throw new Error('png export: the SVG declares no width and height');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('png export: no 2D canvas in this browser');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png export: the canvas could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
