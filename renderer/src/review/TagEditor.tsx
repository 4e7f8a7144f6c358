import { useState, type FormEvent } from 'react';
import type { TagSummary } from '../../../shared/review';
import { api } from '../api';
import { readableError } from '../errors/readableError';
import { useReview } from './reviewContext';
import './review.css';

interface TagFormValues {
  name: string;
  color: string;
  description: string;
  shortcut: string;
  /** A group's name; '' for none. */
  group: string;
}

const BLANK: TagFormValues = { name: '', color: '#607d8b', description: '', shortcut: '', group: '' };

/**
 * The case's tags as a reviewer manages them: a new tag with its colour, description, key and group;
 * a tag renamed or changed, or removed (its history stays), each with an optional reason. The engine
 * audits each with before and after.
 */
export function TagEditor({ say }: { say: (status: string) => void }) {
  const review = useReview();
  const live = review.tags.filter((t) => !t.removed);
  const [editing, setEditing] = useState<TagSummary | null>(null);
  const [values, setValues] = useState<TagFormValues>(BLANK);
  const [reason, setReason] = useState('');
  // Removing takes a second click: a removed tag stops counting everywhere at once.
  const [confirming, setConfirming] = useState<number | null>(null);

  const start = (tag: TagSummary | null) => {
    setEditing(tag);
    setConfirming(null);
    setReason('');
    setValues(tag === null ? BLANK : { name: tag.name, color: tag.color, description: tag.description, shortcut: tag.shortcut ?? '', group: tag.group?.name ?? '' });
  };
  const write = async (action: () => Promise<unknown>, done: string) => {
    try {
      if ((await review.asReviewer(action)) === null) return;
      review.changed();
      say(done);
      start(null);
    } catch (error) {
      say(readableError(error));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: values.name.trim(), color: values.color, description: values.description, shortcut: values.shortcut, group: values.group };
    const why = reason.trim() ? { reason: reason.trim() } : {};
    if (editing === null) void write(() => api.createTag({ ...fields, shortcut: fields.shortcut || undefined, group: fields.group || undefined }), `Tag ${fields.name} created.`);
    else void write(() => api.updateTag({ tagId: editing.id, ...fields, ...why }), `Tag ${fields.name} saved.`);
  };
  const remove = (tag: TagSummary) => {
    const why = reason.trim() ? { reason: reason.trim() } : {};
    void write(() => api.removeTag({ tagId: tag.id, ...why }), `Tag ${tag.name} removed; its history stays in the audit log.`);
  };
  const set = (field: keyof TagFormValues) => (text: string) => setValues((v) => ({ ...v, [field]: text }));

  return (
    <details className="coding-section tag-editor" data-testid="tag-editor">
      <summary className="coding-section-title" data-testid="tag-editor-open">
        Tags of the case
      </summary>
      <ul className="tag-editor-list">
        {live.map((tag) => (
          <li key={tag.id} data-testid="tag-editor-item" data-tag={tag.name}>
            <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
            <span className="tag-editor-name" title={tag.description}>
              {tag.name}
            </span>
            <button type="button" className="link-button" data-testid="tag-edit" onClick={() => start(tag)}>
              Edit
            </button>
            <button
              type="button"
              className="link-button"
              data-testid="tag-remove"
              aria-label={confirming === tag.id ? `Confirm: remove the tag ${tag.name}` : `Remove the tag ${tag.name}`}
              onClick={() => (confirming === tag.id ? remove(tag) : setConfirming(tag.id))}
            >
              {confirming === tag.id ? 'Confirm removal' : 'Remove'}
            </button>
          </li>
        ))}
      </ul>
      <form className="tag-editor-form" onSubmit={submit} data-testid="tag-editor-form">
        <p className="small">{editing === null ? 'New tag' : `Change ${editing.name}`}</p>
        <label className="small">
          Name <input data-testid="tag-name" value={values.name} maxLength={100} onChange={(event) => set('name')(event.target.value)} />
        </label>
        <label className="small">
          Colour <input type="color" data-testid="tag-color" value={values.color} onChange={(event) => set('color')(event.target.value)} />
        </label>
        <label className="small">
          Key <input data-testid="tag-key" value={values.shortcut} maxLength={1} size={2} onChange={(event) => set('shortcut')(event.target.value)} />
        </label>
        <label className="small">
          Group
          <select data-testid="tag-group" value={values.group} onChange={(event) => set('group')(event.target.value)}>
            <option value="">none</option>
            {review.groups.map((g) => (
              <option key={g.id} value={g.name}>
                {g.name}
                {g.exclusive ? ' (one of)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="small tag-editor-wide">
          Description <input data-testid="tag-description" value={values.description} maxLength={1000} onChange={(event) => set('description')(event.target.value)} />
        </label>
        <label className="small tag-editor-wide">
          Reason (for a change or a removal; optional, kept in the audit log){' '}
          <input data-testid="tag-reason" value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
        </label>
        <div className="bulk-row">
          <button type="submit" className="secondary-button" data-testid="tag-save" disabled={values.name.trim() === ''}>
            {editing === null ? 'Create tag' : 'Save'}
          </button>
          {editing !== null && (
            <button type="button" className="link-button" onClick={() => start(null)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
