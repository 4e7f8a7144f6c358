// A command's options as one table that drives parsing (node:util parseArgs, strict), checking and
// `--help`. An option the table does not hold is an error naming the option and the command.
import { parseArgs } from 'node:util';
import { canonicalTimeZone } from '../backend/time/zone';
import { UsageError } from './errors';

export interface OptionSpec {
  /** The value's placeholder in help (`file` prints `<file>`); an option without one is a flag. */
  value?: string;
  /**
   * `count`: a positive whole number; `date`: a calendar date written YYYY-MM-DD; `zone`: an IANA zone,
   * given back as Intl spells it; `minute`: a wall-clock time YYYY-MM-DDTHH:MM (a space for the T, or
   * the date alone for its midnight), given back as YYYY-MM-DDTHH:MM.
   */
  kind?: 'count' | 'date' | 'zone' | 'minute';
  required?: boolean;
  default?: string;
  /** Every value is kept (`--allow a --allow b`); any other option may be given once. */
  multiple?: boolean;
  choices?: readonly string[];
  /** Values of the stable interface this version does not have yet: refused, and said so. */
  planned?: readonly string[];
  help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

type Scalar<S> = S extends { kind: 'count' } ? number : S extends { choices: readonly (infer C extends string)[] } ? C : string;
type ValueOf<S> = S extends { value: string }
  ? S extends { multiple: true }
    ? Scalar<S>[]
    : Scalar<S> | (S extends { required: true } | { default: string } ? never : undefined)
  : boolean;

export interface Parsed<T extends OptionTable> {
  options: { [K in keyof T]: ValueOf<T[K]> };
  operands: string[];
}

export interface Command<T extends OptionTable = OptionTable> {
  name: string;
  /** One line for `threadline --help`. */
  summary: string;
  /** What the command takes besides options (`<path>...`); without it, it takes none. */
  operands?: string;
  options: T;
  /** Paragraphs of `--help` after the options. */
  notes?: string[];
  example: string;
  run(args: Parsed<T>): Promise<number>;
}

const HELP: OptionSpec = { help: 'Print this help.' };

/** The command's arguments, checked against its table; null when `--help` was asked for. */
export function parseCommand<T extends OptionTable>(command: Command<T>, argv: string[]): Parsed<T> | null {
  const table: OptionTable = { ...command.options, help: HELP };
  const config = Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [name, { type: spec.value ? ('string' as const) : ('boolean' as const), multiple: true, ...(name === 'help' ? { short: 'h' } : {}) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, strict: true, allowPositionals: command.operands !== undefined });
  } catch (e) {
    throw new UsageError(parseFailure(command, e as Error & { code?: string }));
  }
  if (parsed.values.help) return null;
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const given = parsed.values[name] as (string | boolean)[] | undefined;
    if (given && given.length > 1 && !spec.multiple) throw new UsageError(`--${name} may be given only once.`);
    if (!spec.value) {
      options[name] = given !== undefined;
      continue;
    }
    const values = (given as string[] | undefined)?.map((v) => checkedValue(name, spec, v));
    if (spec.multiple) options[name] = values ?? [];
    else if (values) options[name] = values[0];
    else if (spec.required) throw new UsageError(`threadline ${command.name} needs --${name} <${spec.value === 'file' ? 'file' : 'value'}>.`);
    else options[name] = spec.default === undefined ? undefined : checkedValue(name, spec, spec.default);
  }
  return { options: options as Parsed<T>['options'], operands: parsed.positionals };
}

function checkedValue(name: string, spec: OptionSpec, value: string): string | number {
  if (spec.planned?.includes(value)) throw new UsageError(`--${name} must be one of ${(spec.choices ?? []).join(', ')}, not '${value}' (${value} is not in this version yet).`);
  if (spec.choices && !spec.choices.includes(value)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, not '${value}'.`);
  if (spec.kind === 'count') {
    if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new UsageError(`--${name} must be a positive whole number, not '${value}'.`);
    return Number(value);
  }
  if (spec.kind === 'date' && !isCalendarDate(value)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not '${value}'.`);
  if (spec.kind === 'minute') return wallClockMinute(name, value);
  if (spec.kind === 'zone') {
    const zone = canonicalTimeZone(value);
    if (zone === null) throw new UsageError(`--${name} must be an IANA time zone such as Europe/London, not '${value}'.`);
    return zone;
  }
  return value;
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function wallClockMinute(name: string, value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m || !isCalendarDate(m[1]!) || Number(m[2] ?? 0) > 23 || Number(m[3] ?? 0) > 59) {
    throw new UsageError(`--${name} must be a time written YYYY-MM-DDTHH:MM (or a date YYYY-MM-DD for its midnight), not '${value}'.`);
  }
  return `${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}`;
}

/** parseArgs' own messages, said as one sentence that names the command. */
function parseFailure(command: Command, e: Error & { code?: string }): string {
  const named = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? '';
  const help = `see 'threadline ${command.name} --help'`;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${named} for 'threadline ${command.name}'; ${help}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `threadline ${command.name} takes only options, not '${/'([^']*)'/.exec(e.message)?.[1] ?? ''}'; ${help}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message)) return `${named} takes no value; ${help}.`;
      if (/ambiguous/.test(e.message)) return `${named} needs a value; one that starts with - is written ${named}=<value>.`;
      return `${named} needs a value; ${help}.`;
    default:
      return `${e.message.split('\n')[0]}; ${help}.`;
  }
}

function optionLabel(name: string, spec: OptionSpec): string {
  if (!spec.value) return `--${name}`;
  return `--${name} ${spec.choices ? spec.choices.join('|') : `<${spec.value}>`}`;
}

/** The one-line synopsis: required options bare, the rest in brackets. */
export function usageLine(command: Command): string {
  const parts = Object.entries(command.options).map(([name, spec]) => (spec.required ? optionLabel(name, spec) : `[${optionLabel(name, spec)}${spec.multiple ? '...' : ''}]`));
  return ['threadline', command.name, ...(command.operands ? [command.operands] : []), ...parts].join(' ');
}

export function commandHelp(command: Command): string {
  const rows = Object.entries({ ...command.options, help: HELP }).map(([name, spec]) => {
    const label = name === 'help' ? '-h, --help' : optionLabel(name, spec);
    const extra = [spec.required ? 'required' : '', spec.default !== undefined ? `default ${spec.default}` : '', spec.multiple ? 'may be repeated' : ''].filter(Boolean);
    return [label, extra.length ? `${spec.help.replace(/\.$/, '')} (${extra.join('; ')}).` : spec.help] as const;
  });
  const width = Math.min(34, Math.max(...rows.map(([label]) => label.length)) + 2);
  const table = rows.map(([label, text]) => (label.length + 2 > width ? `  ${label}\n  ${' '.repeat(width)}${text}` : `  ${label.padEnd(width)}${text}`));
  return [`threadline ${command.name}: ${command.summary}`, '', `Usage: ${usageLine(command)}`, '', 'Options:', ...table, ...(command.notes ?? []).flatMap((n) => ['', n]), '', 'Example:', `  ${command.example}`].join('\n');
}

/** Options many commands share, spelt once. */
export const CASE_OPTION = { value: 'file', required: true, help: 'The case file to read.' } as const;
export const JSON_OPTION = { help: 'Print JSON instead of text.' } as const;
export const CONVERSATION_OPTION = { value: 'id', kind: 'count', help: "Only this conversation (ids: 'threadline info')." } as const;
export const ZONE_OPTION = { value: 'IANA zone', kind: 'zone', help: "Count days and hours in this zone for this listing only (the case's display zone otherwise)." } as const;
export const REVIEWER_OPTION = { value: 'name', help: 'Who makes the decision, as the audit log records it (else THREADLINE_REVIEWER).' } as const;
