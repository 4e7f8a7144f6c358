// Every gap rule, in the order the report lists them. A new rule is a new module listed here.
import type { GapRule, SourceRule } from '../types';
import { cadence } from './cadence';
import { contentByDesign } from './content-by-design';
import { coverage } from './coverage';
import { crossSource } from './cross-source';
import { deletions } from './deletions';
import { deviceDatabase } from './device-database';
import { ephemeral } from './ephemeral';
import { mediaCounter } from './media-counter';
import { mediaNotProduced } from './media-not-produced';
import { orphans } from './orphans';
import { recordsCopy } from './records-copy';
import { roomLifecycle } from './room-lifecycle';
import { rsmfFile } from './rsmf-file';
import { sequence } from './sequence';
import { mediaFileDates, orderAnomaly } from './time-integrity';
import { truncation } from './truncation';
import { REPORT_RULES } from './ufdr';
import { viewOnce } from './view-once';
import { wickrArchive } from './wickr-archive';

export const RULES: readonly GapRule[] = [
  deletions,
  ephemeral,
  sequence,
  mediaCounter,
  orphans,
  crossSource,
  cadence,
  truncation,
  coverage,
  viewOnce,
  mediaNotProduced,
  mediaFileDates,
  orderAnomaly,
  roomLifecycle,
  contentByDesign,
  recordsCopy,
  ...REPORT_RULES,
];

/** Rules about a source as a whole (its files and records), run once per source. */
export const SOURCE_RULES: readonly SourceRule[] = [wickrArchive, rsmfFile, deviceDatabase];
