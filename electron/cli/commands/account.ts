// `threadline account`: marks whose account a source is, for the records lens (docs/gaps.md#rk-1).
import { ACCOUNT_MARKS } from '../../../shared/enums';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  official: { help: "The source is an official (government) account." },
  personal: { help: 'The source is a personal account.' },
  none: { help: 'Take the mark away.' },
  holder: { value: 'name', help: 'Whose account it is: a name as written in the source.' },
} as const satisfies OptionTable;

export const accountCommand: Command<typeof options> = {
  name: 'account',
  summary: 'mark a source as an official or a personal account of a holder (records lens)',
  operands: '<source-id>',
  options,
  notes: ['Give exactly one of --official, --personal or --none. The records lens is re-run on every personal source.'],
  example: 'threadline account 2 --case matter.threadline --personal --holder "Dana Whitfield"',
  async run({ options: o, operands }) {
    const [id, ...extra] = operands;
    if (id === undefined || extra.length > 0) throw new UsageError('threadline account takes one source id (see threadline info).');
    if (!/^\d+$/.test(id) || Number(id) < 1) throw new UsageError(`The source id must be a positive whole number, not '${id}'.`);
    const sourceId = Number(id);
    const marks = ACCOUNT_MARKS.filter((mark) => o[mark]);
    if (marks.length !== 1) {
      const flags = ACCOUNT_MARKS.map((m) => `--${m}`);
      throw new UsageError(`threadline account needs exactly one of ${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}.`);
    }
    const kind = marks[0]!;
    return withCase(o.case, async (engine) => {
      await engine.api.markSourceAccount({ sourceId, kind, holder: o.holder });
      await engine.idle();
      const source = (await engine.api.listSources({})).find((s) => s.id === sourceId)!;
      if (source.account === null) out(`source ${sourceId} (${source.fileName}) is no longer marked`);
      else out(`source ${sourceId} (${source.fileName}) is ${source.account.kind === 'official' ? 'an official' : 'a personal'} account of ${source.account.holder ?? '(holder not chosen)'}`);
      return 0;
    });
  },
};
