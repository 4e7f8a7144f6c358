// Reading one model of a Cellebrite report (docs/formats.md#cellebrite-report): the generic grammar of
// `field`/`multiField` values, `modelField`/`multiModelField` sub-models and `jumptargets`, whatever
// the model's type. An `<empty />` value reads as absent.
import type { XNode } from './xml';

/** The field (or multiField) named `name`. */
function fieldNamed(model: XNode, name: string): XNode | undefined {
  return model.children.find((c) => (c.name === 'field' || c.name === 'multiField') && c.attrs.name === name);
}

/** The value elements of the field (or multiField) named `name`. */
function valueNodes(model: XNode, name: string): XNode[] {
  return fieldNamed(model, name)?.children.filter((c) => c.name === 'value') ?? [];
}

/** A field element's value as written (a Base64String value decoded), or null when it is empty. */
export function valueOfField(field: XNode): string | null {
  const value = field.children.find((c) => c.name === 'value');
  if (!value) return null;
  if (value.attrs.format === 'Base64String') return Buffer.from(value.text, 'base64').toString('utf8');
  return value.text === '' ? null : value.text;
}

/** The value of the field named `name`, or null when it is empty or absent. */
export function fieldValue(model: XNode, name: string): string | null {
  const field = fieldNamed(model, name);
  return field ? valueOfField(field) : null;
}

/** Every value of a multiField (or the one value of a field). */
export function fieldValues(model: XNode, name: string): string[] {
  return valueNodes(model, name)
    .map((v) => v.text)
    .filter((t) => t !== '');
}

/** The sub-models of the modelField or multiModelField named `name` (both forms are accepted). */
export function subModels(model: XNode, name: string): XNode[] {
  return model.children.filter((c) => (c.name === 'modelField' || c.name === 'multiModelField') && c.attrs.name === name).flatMap((f) => f.children.filter((c) => c.name === 'model'));
}

export interface JumpTarget {
  id: string;
  /** True: another model's id; false: a tagged file's id. */
  isModel: boolean;
}

export function jumpTargets(model: XNode): JumpTarget[] {
  return model.children
    .filter((c) => c.name === 'jumptargets')
    .flatMap((j) => j.children.filter((t) => t.name === 'targetid'))
    .map((t) => ({ id: t.text.trim(), isModel: t.attrs.ismodel === 'true' }))
    .filter((t) => t.id !== '');
}

/** An integer attribute, or null when it is absent or not a number. */
export function intAttr(model: XNode, name: string): number | null {
  const v = model.attrs[name];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : null;
}

/**
 * The report indexes a model occupies: the longest unbroken run of its own `source_index` and those of
 * the models nested in it (an embedded quote may come just before it). Null without an index.
 */
export function indexRunOf(model: XNode): [number, number] | null {
  const own = intAttr(model, 'source_index');
  if (own === null) return null;
  const all = new Set<number>([own]);
  const visit = (n: XNode) => {
    for (const c of n.children) {
      const i = c.name === 'model' ? intAttr(c, 'source_index') : null;
      if (i !== null) all.add(i);
      visit(c);
    }
  };
  visit(model);
  let start = own;
  let end = own;
  while (all.has(start - 1)) start--;
  while (all.has(end + 1)) end++;
  return [start, end];
}
