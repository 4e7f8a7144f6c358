// Corpus conformance for the RSMF a production writes (docs/formats.md#rsmf): every manifest of a
// production made from the tests' own case validates against Relativity's official 2.0 schema, read
// in place from the corpus, with its date-time format checked strictly (RFC 3339, a zone required).
// The producer's own reference check rejects the corpus samples that are invalid on purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { expect, it } from 'vitest';
import { checkReferences, type RsmfManifest } from '../../electron/backend/production/rsmf';
import { produce, productionCase, SECRET } from '../engine/production-fixture';
import { rsmfParts } from '../engine/production-files';
import { corpusPath, describeCorpus } from './locate';

const SCHEMA = corpusPath('rsmf', 'relativitydev__rsmf-validator-samples__rsmf_schema_2_0_0.json');
const S = (n: string) => corpusPath('rsmf', `relativitydev__rsmf-validator-samples__${n}`);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', RFC3339);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

describeCorpus('RSMF written by a production against the official 2.0 schema', () => {
  it('validates every manifest of a production with redactions, edits, reactions, deletions and replies', async () => {
    const validate = validator();
    const c = await productionCase();
    const body = c.engine.caseFile.reader.prepare('SELECT body FROM messages WHERE id = ?').pluck().get(c.ids.e2) as string;
    await c.engine.api.addRedaction({ messageId: c.ids.e2!, kind: 'text', start: body.indexOf(SECRET), end: body.indexOf(SECRET) + SECRET.length, reason: 'Personal data' });
    for (const unit of ['day', 'conversation'] as const) {
      const out = join(c.dir, unit);
      await produce(c.engine, { query: 'permit OR lunch OR hello', batesPrefix: `${unit}-`, formats: ['rsmf'], unit, outDir: out });
      const files = readdirSync(join(out, 'NATIVES'));
      expect(files.length).toBeGreaterThan(1);
      for (const f of files) {
        const manifest = JSON.parse(rsmfParts(readFileSync(join(out, 'NATIVES', f))).zip.get('rsmf_manifest.json')!.toString('utf8')) as unknown;
        expect({ file: f, valid: validate(manifest), errors: validate.errors ?? null }).toEqual({ file: f, valid: true, errors: null });
      }
    }
  });

  it('catches what the schema cannot: the corpus samples that name participants they do not hold', () => {
    // The schema itself bites: Sample 1's participant has no id.
    expect(validator()(JSON.parse(readFileSync(S('Sample1_rsmf_manifest.json'), 'utf8')))).toBe(false);
    for (const sample of ['Sample1_rsmf_manifest.json', 'Sample4_rsmf_manifest.json']) {
      const manifest = JSON.parse(readFileSync(S(sample), 'utf8')) as RsmfManifest;
      expect(() => checkReferences(manifest, [])).toThrow(/The RSMF manifest would name what it does not hold: .*participant/);
    }
  });
});
