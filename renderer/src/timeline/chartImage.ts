// The timeline as an image for a report: what the chart draws, under the line that says what it
// counts (scope, zone, zoom), with its legend, on white so it prints.

export interface LegendEntry {
  color: string;
  label: string;
}

const PAD = 16;
const LINE = 20;
const FONT = '14px system-ui, sans-serif';

/** Draws the chart's canvases (uPlot's plot and its overlays, in order) with a caption and legend, as PNG. */
export async function chartPng(layers: HTMLCanvasElement[], caption: string, legend: LegendEntry[]): Promise<Blob> {
  const base = layers[0];
  if (base === undefined) throw new Error('The chart has not been drawn yet.');
  const legendRows = Math.ceil(legend.length / 3);
  const out = document.createElement('canvas');
  out.width = base.width + 2 * PAD;
  out.height = base.height + 2 * PAD + LINE * (1 + legendRows) + PAD;
  const g = out.getContext('2d');
  if (g === null) throw new Error('This window cannot draw images.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = '#1d2433';
  g.font = FONT;
  g.fillText(caption, PAD, PAD + 14, out.width - 2 * PAD);
  const top = PAD + LINE;
  for (const layer of layers) g.drawImage(layer, PAD, top, base.width, base.height);
  const column = (out.width - 2 * PAD) / 3;
  legend.forEach((entry, i) => {
    const x = PAD + (i % 3) * column;
    const y = top + base.height + PAD + Math.floor(i / 3) * LINE;
    g.fillStyle = entry.color;
    g.fillRect(x, y, 12, 12);
    g.fillStyle = '#1d2433';
    g.fillText(entry.label, x + 18, y + 11, column - 24);
  });
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob === null ? reject(new Error('The image could not be made.')) : resolve(blob)), 'image/png'));
}
