// The picture saved: the lanes drawn by the panel's own component, serialised as a standalone SVG
// file that names every entry and finding, and a file name made safe from the chronology's name.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LaneChart } from '../../renderer/src/chronology/LaneChart';
import { layoutLanes } from '../../renderer/src/chronology/lanes';
import { pictureName, svgDocument } from '../../renderer/src/chronology/svgImage';
import { entry, finding, MINUTE, T0 } from './chronology-entry';

const DAY = 24 * 60 * MINUTE;

function drawn(): string {
  const entries = [
    entry(1, T0, T0 + MINUTE, { title: 'Password <shared> & sent', persons: [{ id: 1, name: 'Ana Ruiz' }] }),
    entry(2, T0 + DAY, T0 + 3 * DAY, { title: 'Phone seized', kind: 'event', conversationId: null, overlaps: [] }),
  ];
  const layout = layoutLanes(entries, [finding(5, T0 + 2 * DAY, T0 + 2 * DAY + 3600_000)], 'person', () => 'Chat');
  return renderToStaticMarkup(createElement(LaneChart, { layout, caption: 'Master: 2 entries', tickLabel: (t: number) => new Date(t).toISOString().slice(0, 10) }));
}

describe('chronology picture', () => {
  it('serialises the SVG drawn as a standalone file with every entry, lane and finding named, text escaped', () => {
    const file = svgDocument(drawn());
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(file.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(file).toContain('Password &lt;shared&gt; &amp; sent');
    expect(file).toContain('Phone seized');
    expect(file).toContain('Ana Ruiz');
    expect(file).toContain('No person named');
    expect(file).toContain('R2 (medium): A silence of three days');
    expect(file).not.toMatch(/class=/);
    expect(file.match(/data-testid="chronology-mark"/g)).toHaveLength(2);
  });

  it('adds the SVG namespace when the markup lacks it, and only then', () => {
    expect(svgDocument('<svg width="1"></svg>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>');
    expect(svgDocument('<svg xmlns="http://www.w3.org/2000/svg"></svg>').match(/xmlns=/g)).toHaveLength(1);
  });

  it('names the file after the chronology with only letters, digits and dashes', () => {
    expect(pictureName('The March shipment', 'svg')).toBe('chronology-the-march-shipment.svg');
    expect(pictureName('../../etc/passwd', 'png')).toBe('chronology-etc-passwd.png');
    expect(pictureName('///', 'svg')).toBe('chronology-chronology.svg');
  });
});
