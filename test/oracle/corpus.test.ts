/**
 * Agreement with the real dhcpd on the shared corpus (../shared/corpus, labelled by `dhcpd -t`
 * in LABELS.tsv): an error from us exactly on the files dhcpd refuses. Files that fail only
 * because an included or key file is missing are left aside. Needs ../shared (CI has it).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, readTsv, service } from '../helpers';
import type { Family } from '../../server/src/knowledge/types';

const CORPUS = process.env.DHCPD_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const available = fs.existsSync(path.join(CORPUS, 'LABELS.tsv'));

test('corpus agreement with dhcpd -t', { skip: available ? false : `no corpus at ${CORPUS}` }, () => {
  const rows = readTsv(path.join(CORPUS, 'LABELS.tsv'));
  const disagreements: string[] = [];
  let compared = 0;
  for (const row of rows) {
    if (/Can't open/.test(row.message)) continue;
    const file = ['real-world', 'isc'].map((d) => path.join(CORPUS, d, row.file)).find((f) => fs.existsSync(f));
    if (!file) continue;
    const text = fs.readFileSync(file, 'latin1');
    const analysis = service.analyze(file, text, { family: Number(row.family) as Family });
    const errors = service.problemsForDocument(analysis).filter((p) => p.severity === 'error');
    const refused = row.dhcpd_exit !== '0';
    compared++;
    if (refused !== errors.length > 0) {
      disagreements.push(`${row.file}: dhcpd ${refused ? `refuses (${row.message})` : 'accepts'}, we ${errors.length ? `report ${errors[0].rule}: ${errors[0].message}` : 'report no error'}`);
    }
  }
  console.log(`corpus: ${compared - disagreements.length}/${compared} files agree with dhcpd -t`);
  assert.deepEqual(disagreements, []);
});
