// Dev aid: shows how a fixture's reading differs from its expected file.
import { analyse } from '../../lib/analyse';
import { loadDocument, loadExpected, modelCells } from '../../test/helpers/fixtures';
for (const name of process.argv.slice(2)) {
  const e = loadExpected(name) as any;
  const { report } = analyse(loadDocument(name, e.url), e.url, { assumeReport: !!e.fragment });
  console.log(`== ${name}: detected ${report.detected} agency ${report.agency} year ${report.year} format ${report.format}`);
  const got = modelCells(report);
  const want = e.cells ?? {};
  for (const k of new Set([...Object.keys(got), ...Object.keys(want)])) {
    const g = got[k], w = want[k];
    if (JSON.stringify(g && { value: g.value, text: g.text, unit: g.unit }) !== JSON.stringify(w && { value: w.value, text: w.text, unit: w.unit })) console.log('  cell', k, 'got', JSON.stringify(g), 'want', JSON.stringify(w));
  }
  const key = (f: any) => `${f.rule} @ ${f.where}`;
  const gs = new Set(report.findings.map(key)); const ws = new Set((e.findings ?? []).map(key)); const al = new Set((e.findingsAllowed ?? []).map(key));
  for (const f of report.findings) if (!ws.has(key(f)) && !al.has(key(f))) console.log('  extra', key(f), f.message);
  for (const k of ws as Set<string>) if (!gs.has(k)) console.log('  missing', k);
}
