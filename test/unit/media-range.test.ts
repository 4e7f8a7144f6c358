import { describe, expect, it } from 'vitest';
import { mediaTypeOf, parseRange } from '../../electron/backend/files/evidence-media';

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=100-', 100, null],
    ['bytes=9-2', 100, null],
    ['bytes=0-1,5-6', 100, null],
    ['items=0-1', 100, null],
    [null, 100, null],
  ] as const)('%s of %i → %j', (header, size, range) => {
    expect(parseRange(header, size)).toEqual(range);
  });
});

describe('mediaTypeOf', () => {
  it('knows the media WhatsApp exports carry, and nothing a browser would run', () => {
    expect(mediaTypeOf('00000038-AUDIO-2022-03-27-21-44-47.opus')).toBe('audio/ogg');
    expect(mediaTypeOf('VID-20220327-WA0001.MP4')).toBe('video/mp4');
    expect(mediaTypeOf('00000044-STICKER-2022-03-27-21-49-19.webp')).toBe('image/webp');
    expect(mediaTypeOf('page.html')).toBeNull();
    expect(mediaTypeOf('image.svg')).toBeNull();
    expect(mediaTypeOf('Alex.vcf')).toBeNull();
  });
});
