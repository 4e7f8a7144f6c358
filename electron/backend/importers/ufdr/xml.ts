// The streaming reader of a Cellebrite report (docs/formats.md#cellebrite-report): report.xml is read
// chunk by chunk through a SAX parser and handed on as small units, each a subtree held on its own —
// the project's particulars, one tagged file, one top-level model, and inside a Chat each message
// apart — so memory stays flat whatever the report's size. Reports carry XML-1.0-illegal character
// references and control bytes; they are written as visible text before parsing, never dropped.
import { SaxesParser } from 'saxes';
import type { ByteSource } from '../../text/lines';
import { sniffEncoding } from '../../text/lines';
import { BadInputError, CancelledError } from '../types';

/** An element as read: its attributes, its child elements and its text (CDATA included). */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

export type ReportUnit =
  | { kind: 'project'; attrs: Record<string, string>; line: number }
  /** extractionInfo, caseInformation, metadata, images, a tagged file, extraInfo. */
  | { kind: 'particular'; node: XNode; line: number }
  | { kind: 'file'; node: XNode; line: number }
  /** A top-level model other than a Chat (UserAccount, Contact, a loose InstantMessage…). */
  | { kind: 'model'; node: XNode; line: number }
  | { kind: 'chatStart'; attrs: Record<string, string>; line: number }
  /** A direct child of a Chat other than its Messages (its fields, Participants, ActivityLog). */
  | { kind: 'chatPart'; node: XNode; line: number }
  | { kind: 'message'; node: XNode; line: number }
  | { kind: 'chatEnd'; line: number };

export interface ReadReportOptions {
  /** The report as warnings name it (`case.ufdr!report.xml`). */
  label: string;
  isCancelled(): boolean;
  /** Bytes read so far, after each chunk. */
  onBytes?(done: number): void;
  warn(line: number | null, code: string, message: string): void;
}

/** Elements nested deeper than this are refused: no report nests so deep, and a subtree is walked recursively. */
export const ELEMENT_DEPTH_LIMIT = 256;

/** Text kept per element; longer text (a base64 blob in a field) is cut and said so. */
export const TEXT_CAP_CHARS = 8 << 20;

const PARTICULARS = new Set(['caseInformation', 'metadata', 'images', 'extraInfo']);

/** `&#x0;`–`&#x1F;` (and decimal forms) other than tab, LF and CR: references XML 1.0 forbids. */
const ILLEGAL_REFERENCE = /&#(?:x0*([0-9a-fA-F]{1,2})|0*(\d{1,2}));/g;
// eslint-disable-next-line no-control-regex -- the very bytes XML 1.0 forbids
const ILLEGAL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function isIllegalCode(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/**
 * Makes a piece of report text parseable without losing what it said: an illegal character reference
 * is written as its own text (`&#x1;` reads as those five characters), an illegal raw character as
 * U+FFFD. Returns the text and how many of each were rewritten.
 */
export function legalXmlText(text: string): { text: string; references: number; characters: number } {
  let references = 0;
  let characters = 0;
  const out = text
    .replace(ILLEGAL_REFERENCE, (whole, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      if (!isIllegalCode(code)) return whole;
      references++;
      return `&amp;${whole.slice(1)}`;
    })
    .replace(ILLEGAL_CHARACTER, () => {
      characters++;
      return '\uFFFD';
    });
  return { text: out, references, characters };
}

/** How much of a chunk's end to hold back: an unfinished `&#…;` reference the next chunk completes. */
export function unfinishedReference(text: string): number {
  const amp = text.lastIndexOf('&', text.length - 1);
  if (amp < 0 || text.length - amp > 12 || text.includes(';', amp)) return 0;
  return text.length - amp;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

class StopReading extends Error {}

interface Open {
  name: string;
}

/**
 * Reads the report and yields its units in document order, a chunk's worth at a time. A report that is
 * not well-formed is read up to the fault, said in a warning; one whose first element is not a
 * report's is refused.
 */
export async function* readReport(source: ByteSource, opts: ReadReportOptions): AsyncGenerator<ReportUnit[]> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Open[] = [];
  let capture: { root: XNode; path: XNode[]; kind: 'particular' | 'file' | 'model' | 'chatPart' | 'message'; line: number; depth: number } | null = null;
  let chatDepth = -1;
  let messagesDepth = -1;
  let units: ReportUnit[] = [];
  let fault: string | null = null;
  let cutTexts = 0;
  let rewritten = { references: 0, characters: 0 };

  const startCapture = (kind: NonNullable<typeof capture>['kind'], node: XNode) => {
    capture = { root: node, path: [node], kind, line: parser.line, depth: stack.length };
  };

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = v;
    const parent = stack[stack.length - 1];
    if (stack.length >= ELEMENT_DEPTH_LIMIT) throw new BadInputError(`${opts.label} nests elements more than ${ELEMENT_DEPTH_LIMIT} levels deep (line ${parser.line}), which no report does.`);
    const node: XNode = { name, attrs, children: [], text: '' };
    if (capture) {
      capture.path[capture.path.length - 1]!.children.push(node);
      capture.path.push(node);
    } else if (!parent) {
      if (name === 'project') units.push({ kind: 'project', attrs, line: parser.line });
      else if (name !== 'model' && name !== 'modelType' && name !== 'decodedData') {
        throw new BadInputError(`${opts.label} is XML, but its root element is <${name}>, not a Cellebrite report's <project> (or a <model> of one).`);
      }
    } else if (parent.name === 'sourceExtractions' && name === 'extractionInfo') startCapture('particular', node);
    else if (parent.name === 'project' && PARTICULARS.has(name)) startCapture('particular', node);
    else if (parent.name === 'taggedFiles' && name === 'file') startCapture('file', node);
    else if (stack.length - 1 === messagesDepth && name === 'model') startCapture('message', node);
    else if (stack.length - 1 === chatDepth) {
      if (name === 'multiModelField' && attrs.name === 'Messages') messagesDepth = stack.length;
      else startCapture('chatPart', node);
    }
    if (!capture && name === 'model' && chatDepth < 0 && (!parent || parent.name === 'modelType')) {
      if (attrs.type === 'Chat') {
        chatDepth = stack.length;
        units.push({ kind: 'chatStart', attrs, line: parser.line });
      } else startCapture('model', node);
    }
    stack.push({ name });
  });

  const addText = (text: string) => {
    if (!capture) return;
    const node = capture.path[capture.path.length - 1]!;
    if (node.text.length + text.length > TEXT_CAP_CHARS) {
      if (node.text.length < TEXT_CAP_CHARS) cutTexts++;
      node.text += text.slice(0, Math.max(0, TEXT_CAP_CHARS - node.text.length));
    } else node.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', () => {
    stack.pop();
    const depth = stack.length;
    if (capture) {
      if (depth > capture.depth) {
        capture.path.pop();
        return;
      }
      const c = capture;
      capture = null;
      units.push({ kind: c.kind, node: c.root, line: c.line } as ReportUnit);
      return;
    }
    if (depth === messagesDepth) messagesDepth = -1;
    else if (depth === chatDepth) {
      chatDepth = -1;
      units.push({ kind: 'chatEnd', line: parser.line });
    }
  });

  parser.on('error', (err) => {
    fault = err.message.replace(/\s+/g, ' ');
    throw new StopReading();
  });

  let decoder: TextDecoder | null = null;
  let carry = '';
  let bytes = 0;
  let sawElement = false;
  const feed = (text: string) => {
    const legal = legalXmlText(text);
    rewritten = { references: rewritten.references + legal.references, characters: rewritten.characters + legal.characters };
    try {
      parser.write(legal.text);
    } catch (e) {
      if (!(e instanceof StopReading)) throw e;
    }
    sawElement ||= stack.length > 0 || units.length > 0;
  };

  for await (const chunk of source()) {
    if (opts.isCancelled()) throw new CancelledError();
    bytes += chunk.length;
    if (!decoder) {
      const { encoding, bomBytes } = sniffEncoding(chunk);
      decoder = new TextDecoder(encoding, { fatal: false });
      carry = decoder.decode(chunk.subarray(bomBytes), { stream: true });
    } else carry += decoder.decode(chunk, { stream: true });
    const hold = unfinishedReference(carry);
    feed(carry.slice(0, carry.length - hold));
    carry = carry.slice(carry.length - hold);
    opts.onBytes?.(bytes);
    if (units.length) {
      const out = units;
      units = [];
      yield out;
    }
    if (fault) break;
  }
  if (!fault) {
    feed(carry + (decoder?.decode() ?? ''));
    try {
      parser.close();
    } catch (e) {
      if (!(e instanceof StopReading)) throw e;
    }
  }
  if (units.length) yield units;
  if (rewritten.references || rewritten.characters) {
    opts.warn(
      null,
      'xml_illegal_characters',
      `${opts.label}: ${rewritten.references} character reference${rewritten.references === 1 ? '' : 's'} XML 1.0 does not allow (&#x0; to &#x1F;) and ${rewritten.characters} raw control character${rewritten.characters === 1 ? '' : 's'}; the references are kept as their own text (e.g. "&#x1;"), raw control characters shown as U+FFFD.`,
    );
  }
  if (cutTexts) opts.warn(null, 'xml_text_cut', `${opts.label}: ${cutTexts} value${cutTexts === 1 ? ' is' : 's are'} longer than ${TEXT_CAP_CHARS} characters; each is kept up to that length.`);
  if (fault) {
    if (!sawElement) throw new BadInputError(`${opts.label} is not a readable XML report (${fault}).`);
    opts.warn(parser.line, 'xml_not_well_formed', `${opts.label}, line ${parser.line}: the XML is not well-formed here (${fault}); everything before it is read, nothing after.`);
  }
}
