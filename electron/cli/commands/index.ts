// Every command of `threadline`, in the order `threadline --help` lists them.
import type { Command } from '../options';
import { accountCommand } from './account';
import { auditCommand } from './audit';
import { chronologyCommand } from './chronology';
import { daysCommand } from './days';
import { exportCommand } from './export';
import { gapsCommand } from './gaps';
import { importCommand } from './import';
import { infoCommand } from './info';
import { noteCommand } from './note';
import { peopleCommand } from './people';
import { produceCommand } from './produce';
import { recordsCommand } from './records';
import { redactCommand } from './redact';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { tagCommand } from './tag';
import { tagsCommand } from './tags';
import { timelineCommand } from './timeline';
import { verify as verifyCommand } from './verify';

export const COMMANDS: readonly Command[] = [
  importCommand,
  exportCommand,
  searchCommand,
  gapsCommand,
  infoCommand,
  daysCommand,
  timelineCommand,
  peopleCommand,
  accountCommand,
  recordsCommand,
  tagsCommand,
  tagCommand,
  noteCommand,
  redactCommand,
  produceCommand,
  chronologyCommand,
  auditCommand,
  verifyCommand,
  serveCommand,
];
