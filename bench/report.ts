import type { CoreResult } from './core.js';
import type { ScaleResult } from './scale.js';
import type { SlackResult } from './slack/throughput.js';

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  machine: { node: string; cpus: number; cpuModel: string; quick: boolean };
  core?: CoreResult;
  scale: ScaleResult[];
  slack?: SlackResult | { skipped: string };
  /** Each target of issue 5 with the measured value and whether it was met. */
  targets: { target: string; measured: string; met: boolean }[];
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));

/** The targets of issue 5, checked against what was measured. */
export function checkTargets(report: Omit<BenchReport, 'targets'>): BenchReport['targets'] {
  const targets: BenchReport['targets'] = [];
  const { core, scale, slack } = report;
  if (core) {
    targets.push({ target: 'shipped knowledge: answer p99 <= 1 ms', measured: `${ms(core.answer.p99)} ms`, met: core.answer.p99 <= 1 });
    targets.push({ target: 'shipped knowledge: core within 3x raw MiniSearch (p50)', measured: `${core.ratioP50.toFixed(1)}x`, met: core.ratioP50 <= 3 });
  }
  const at = (n: number) => scale.find((s) => s.requested === n);
  const tenK = at(10_000);
  if (tenK) targets.push({ target: '10k passages: answer p99 <= 10 ms', measured: `${ms(tenK.answer.p99)} ms`, met: tenK.answer.p99 <= 10 });
  const hundredK = at(100_000);
  if (hundredK) {
    targets.push({ target: '100k passages: answer p99 <= 50 ms', measured: `${ms(hundredK.answer.p99)} ms`, met: hundredK.answer.p99 <= 50 });
    targets.push({ target: '100k passages: start-up from the persisted index <= 3 s', measured: `${(hundredK.startMs / 1000).toFixed(2)} s (${hundredK.from})`, met: hundredK.from === 'snapshot' && hundredK.startMs <= 3000 });
    targets.push({ target: '100k passages: heap <= 500 MB', measured: `${hundredK.heapMb.toFixed(0)} MB`, met: hundredK.heapMb <= 500 });
  }
  if (slack && 'icat' in slack) {
    targets.push({ target: 'Slack /icat: >= 70% of a bare Bolt app\'s throughput', measured: `${(100 * slack.throughputRatio).toFixed(0)}%`, met: slack.throughputRatio >= 0.7 });
    targets.push({ target: 'Slack /icat: p99 <= 50 ms at that load', measured: `${ms(slack.icat.p99)} ms`, met: slack.icat.p99 <= 50 });
  }
  return targets;
}

/** The report as the plain-text tables `npm run bench` prints. */
export function renderReport(report: BenchReport): string {
  const lines: string[] = [];
  const { machine, core, scale, slack } = report;
  lines.push(`icat-bot benchmark: node ${machine.node}, ${machine.cpus} x ${machine.cpuModel}${machine.quick ? ' (--quick)' : ''}`, '');
  if (core) {
    lines.push(`(1) Shipped knowledge: ${core.passages} passages, ${core.questions} questions x rounds (${core.answer.n} answers)`);
    lines.push(table(['', 'p50 ms', 'p99 ms', 'mean ms'], [
      ['core answer (Bot.handle)', ms(core.answer.p50), ms(core.answer.p99), ms(core.answer.mean)],
      ['raw MiniSearch.search', ms(core.rawSearch.p50), ms(core.rawSearch.p99), ms(core.rawSearch.mean)],
      ['ratio core / raw', `${core.ratioP50.toFixed(1)}x`, `${core.ratioP99.toFixed(1)}x`, ''],
    ]), '');
  }
  if (scale.length > 0) {
    lines.push('(2) Generated report series (deterministic, Zipf word distribution), each measured in fresh processes');
    lines.push(table(
      ['passages', 'MB', 'build s', 'snapshot write s', 'snapshot MB', 'start s (from)', 'heap MB', 'answer p50 ms', 'answer p99 ms', 'raw search p50/p99 ms', 'from source doc'],
      scale.map((s) => [
        String(s.passages), s.knowledgeMb.toFixed(1), (s.buildMs / 1000).toFixed(2), (s.snapshotWriteMs / 1000).toFixed(2), s.snapshotMb.toFixed(1),
        `${(s.startMs / 1000).toFixed(2)} (${s.from})`, s.heapMb.toFixed(0), ms(s.answer.p50), ms(s.answer.p99),
        `${ms(s.rawSearch.p50)} / ${ms(s.rawSearch.p99)}`, `${s.fromTheirFile}/${s.withFile}`,
      ]),
    ), '');
  }
  if (slack && 'icat' in slack) {
    lines.push(`(3) Slack HTTP endpoint, signed /icat slash commands, autocannon on 127.0.0.1, ${slack.connections} connections x ${slack.seconds} s`);
    lines.push(table(['app', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures'], [
      ['icat-bot /icat (as npm start)', slack.icat.requestsPerSecond.toFixed(0), String(slack.icat.p50), String(slack.icat.p99), String(slack.icat.requests), String(slack.icat.failures)],
      ['icat-bot, reply cache off', slack.uncached.requestsPerSecond.toFixed(0), String(slack.uncached.p50), String(slack.uncached.p99), String(slack.uncached.requests), String(slack.uncached.failures)],
      ['bare Bolt, fixed ack', slack.bare.requestsPerSecond.toFixed(0), String(slack.bare.p50), String(slack.bare.p99), String(slack.bare.requests), String(slack.bare.failures)],
      ['ratio icat / bare', `${(100 * slack.throughputRatio).toFixed(0)}%`, '', '', '', ''],
      ['ratio cache off / bare', `${(100 * slack.uncachedRatio).toFixed(0)}%`, '', '', '', ''],
    ]), '');
  } else if (slack) {
    lines.push(`(3) Slack endpoint: skipped (${slack.skipped})`, '');
  }
  lines.push('Targets (issue 5)');
  lines.push(table(['target', 'measured', 'met'], report.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO'])));
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
