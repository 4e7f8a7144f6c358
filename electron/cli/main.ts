// `threadline`: the command line over the same engine as the desktop app (docs/design.md#cli, the command
// line). Its commands, options and JSON shapes are a stable interface: change them only additively.
import { COMMANDS } from './commands';
import { reportFailure, UsageError } from './errors';
import { out } from './io';
import { commandHelp, parseCommand, type Command } from './options';

const HELP_WORDS = new Set(['--help', '-h', 'help']);

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'threadline: review chat archives as evidence',
    '',
    'Usage: threadline <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "'threadline <command> --help' shows a command's options and an example.",
    'Errors are one sentence on stderr with exit status 1; THREADLINE_DEBUG=1 adds where they happened.',
  ].join('\n');
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Unknown command '${name}'; see 'threadline --help'.`);
  return command;
}

export async function main(argv: string[]): Promise<number> {
  // `threadline export … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      out(overview());
      return 1;
    }
    if (HELP_WORDS.has(name)) {
      // `threadline help search` is `threadline search --help`.
      out(rest[0] === undefined ? overview() : commandHelp(commandNamed(rest[0])));
      return 0;
    }
    const command = commandNamed(name);
    const parsed = parseCommand(command, rest);
    if (parsed === null) {
      out(commandHelp(command));
      return 0;
    }
    return await command.run(parsed);
  } catch (e) {
    return reportFailure(e);
  }
}
