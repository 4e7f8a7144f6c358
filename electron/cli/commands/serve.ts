// `threadline serve`: browser mode, the same API over HTTP on 127.0.0.1 with a token (docs/security.md).
import { serve as serveBrowserMode } from '../../serve';
import { UsageError } from '../errors';
import type { Command, OptionTable } from '../options';

const PORT_MAX = 65535;

const options = {
  case: { value: 'file', help: 'The case file; created when it does not exist (the sample case otherwise).' },
  port: { value: 'n', help: 'The port to listen on (a free one otherwise).' },
  allow: { value: 'folder', multiple: true, help: 'A folder the browser may import from; without any, the current folder and the sample.' },
} as const satisfies OptionTable;

export const serveCommand: Command<typeof options> = {
  name: 'serve',
  summary: 'browser mode: the app in a browser, on 127.0.0.1 only',
  options,
  example: 'threadline serve --case matter.threadline --allow ~/exports',
  async run({ options: o }) {
    const port = o.port === undefined ? 0 : Number(o.port);
    if (!/^\d+$/.test(o.port ?? '0') || port > PORT_MAX) throw new UsageError(`--port must be a port number, not '${o.port}'.`);
    await serveBrowserMode({ casePath: o.case, port, allow: o.allow });
    return 0;
  },
};
