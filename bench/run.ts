import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCore } from './core.js';
import { checkTargets, renderReport, type BenchReport } from './report.js';
import { benchScale } from './scale.js';
import { benchSlack } from './slack/throughput.js';

const USAGE = `Usage: npm run bench [-- --quick] [-- --json] [-- --only core,scale,slack]
  --quick   smaller run (1k and 10k passages, shorter loads): about a minute
  --json    print the results as one JSON object instead of tables
  --only    run some parts only`;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * \`npm run bench\`: (1) the core beside raw MiniSearch on the shipped knowledge, (2) generated
 * corpora of 1k, 10k and 100k passages (build, snapshot, start-up, heap, answer latency), (3) the
 * Slack endpoint beside a bare Bolt app. Everything runs on this machine and on loopback.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) { process.stdout.write(`${USAGE}\n`); return; }
  const quick = args.includes('--quick');
  const json = args.includes('--json');
  const onlyAt = args.indexOf('--only');
  const parts = new Set(onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : ['core', 'scale', 'slack']);
  const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
  const report: Omit<BenchReport, 'targets'> = {
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', quick }, scale: [],
  };
  if (parts.has('core')) {
    log('(1) shipped knowledge');
    report.core = await benchCore(ROOT, quick ? 50 : 300);
  }
  if (parts.has('scale')) {
    for (const passages of quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
      log(`(2) ${passages} passages`);
      report.scale.push(await benchScale(passages, 1000, quick ? 1 : 3));
    }
  }
  if (parts.has('slack')) {
    if (existsSync(join(ROOT, 'adapters/slack/index.ts'))) {
      log('(3) Slack endpoint');
      const golden = (await readFile(join(ROOT, 'test/golden/questions.jsonl'), 'utf8')).split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
      report.slack = await benchSlack(ROOT, golden, quick ? 3 : 10, 10);
    } else {
      report.slack = { skipped: 'adapters/slack/index.ts is missing' };
    }
  }
  const full: BenchReport = { ...report, targets: checkTargets(report) };
  process.stdout.write(json ? `${JSON.stringify(full, null, 2)}\n` : renderReport(full));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
