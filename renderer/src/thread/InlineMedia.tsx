import type { AttachmentView } from '../../../shared/model';
import { api } from '../api';

type MediaKind = 'image' | 'video' | 'audio';

// The same extensions the doors agree to serve (electron/backend/files/evidence-media.ts).
const KINDS: Record<string, MediaKind> = {
  jpg: 'image', jpeg: 'image', png: 'image', gif: 'image', webp: 'image', heic: 'image',
  mp4: 'video', mov: 'video', '3gp': 'video', webm: 'video',
  opus: 'audio', ogg: 'audio', mp3: 'audio', m4a: 'audio', aac: 'audio', wav: 'audio',
};

export function mediaKindOf(name: string): MediaKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? (KINDS[ext] ?? null) : null;
}

/** An attachment the export carries, shown in the thread: a picture, or a player for audio and video. */
export function InlineMedia({ attachment }: { attachment: AttachmentView }) {
  const kind = attachment.present ? mediaKindOf(attachment.name) : null;
  if (kind === null) return null;
  const src = api.mediaUrl(attachment.id);
  return (
    <div className="inline-media-box">
      {kind === 'image' && <img className="inline-media" src={src} alt={attachment.name} loading="lazy" data-testid="inline-image" />}
      {kind === 'video' && <video className="inline-media" src={src} controls preload="metadata" data-testid="inline-video" />}
      {kind === 'audio' && <audio className="inline-audio" src={src} controls preload="metadata" data-testid="inline-audio" />}
    </div>
  );
}
