// The visual timeline saved as a picture: the SVG the panel draws, serialised as a standalone file,
// and the same SVG drawn onto a canvas for PNG. The chart carries its colours as attributes, so the
// file needs no stylesheet. The image is loaded from a data: URL, which the window's security policy
// allows for images (blob: it does not).

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone SVG file from an `<svg>` element's markup: the XML prolog, and the namespace an inline SVG may lack. */
export function svgDocument(markup: string): string {
  const withNamespace = /^<svg\b[^>]*\sxmlns=/.test(markup) ? markup : markup.replace(/^<svg\b/, `<svg xmlns="${SVG_NS}"`);
  return XML_PROLOG + withNamespace;
}

export function svgFileOf(svg: SVGSVGElement): Blob {
  return new Blob([svgDocument(new XMLSerializer().serializeToString(svg))], { type: 'image/svg+xml' });
}

/** The SVG drawn at `scale` times its size onto white, as PNG. */
export async function pngFileOf(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = svgDocument(new XMLSerializer().serializeToString(svg));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.width.baseVal.value * scale;
  canvas.height = svg.height.baseVal.value * scale;
  const g = canvas.getContext('2d');
  if (g === null) throw new Error('This window cannot draw images.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob === null ? reject(new Error('The image could not be made.')) : resolve(blob)), 'image/png'));
}

/** A file name from a chronology's name: letters, digits and dashes only. */
export function pictureName(chronology: string, extension: 'svg' | 'png'): string {
  const slug = chronology.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'chronology';
  return `chronology-${slug}.${extension}`;
}
