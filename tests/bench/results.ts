// What the benchmark reports: each figure with its target, the ratios against baselines measured in the same
// run, and the machine it ran on; printed as a table and kept in bench/results.json.
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';
import type { Timing } from './measure';

export type Unit = 'ms' | 'MB' | '%' | '×';

/** A limit a figure must stay under (or at), judged on its median, its p95 or its single value. */
export interface Target {
  on: 'median' | 'p95' | 'value';
  limit: number;
  /** Whether the figure may equal the limit (≤) or must stay below it (<). */
  inclusive: boolean;
}

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  runs?: number;
  median?: number;
  p95?: number;
  /** A figure measured once (peak memory) or derived (a ratio of medians). */
  value?: number;
  target?: Target;
  /** Set once the figure is compared with its target. */
  pass?: boolean;
  note?: string;
}

export interface MachineFacts {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  date: string;
  /** 1, 5 and 15-minute load averages when the run started and ended: above the core count means other work. */
  loadAtStart?: number[];
  loadAtEnd?: number[];
  freeRamGbAtStart?: number;
  chromium?: string;
}

export interface BenchPart {
  /** The engine step records the machine as it starts; the UI step the browser it drove. */
  machine?: MachineFacts;
  chromium?: string;
  figures: Figure[];
  /** Figures that could not be measured, with the reason. */
  missing: { id: string; label: string; reason: string }[];
}

export interface BenchResults extends BenchPart {
  machine: MachineFacts;
  /** The review the figures are about. */
  workload: Record<string, number | string>;
}

export function timingFigure(id: string, label: string, timing: Timing, target?: Target, note?: string): Figure {
  return {
    id,
    label,
    unit: 'ms',
    runs: timing.runs,
    median: timing.medianMs,
    p95: timing.p95Ms,
    ...(target ? { target } : {}),
    ...(note ? { note } : {}),
  };
}

export function ratioFigure(id: string, label: string, measured: Timing, baseline: Timing, target?: Target): Figure {
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : Number.NaN);
  return {
    id,
    label,
    unit: '×',
    runs: Math.min(measured.runs, baseline.runs),
    median: ratio(measured.medianMs, baseline.medianMs),
    p95: ratio(measured.p95Ms, baseline.p95Ms),
    ...(target ? { target } : {}),
  };
}

export const below = (limit: number, on: Target['on']): Target => ({ on, limit, inclusive: false });
export const atMost = (limit: number, on: Target['on']): Target => ({ on, limit, inclusive: true });

/** Compares each figure with its target. */
export function judge(figure: Figure): Figure {
  if (!figure.target) return figure;
  const measured = figure[figure.target.on];
  if (measured === undefined || Number.isNaN(measured)) return { ...figure, pass: false };
  const pass = figure.target.inclusive ? measured <= figure.target.limit : measured < figure.target.limit;
  return { ...figure, pass };
}

export function machineFacts(): MachineFacts {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()} (${process.platform}/${process.arch})`,
    node: process.version,
    date: new Date().toISOString(),
    loadAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    freeRamGbAtStart: Math.round((freemem() / 1024 ** 3) * 10) / 10,
  };
}

function formatNumber(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '';
  if (Number.isNaN(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === '%') return `${value.toFixed(1)} %`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function describeTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  const on = target.on === 'value' ? '' : ` (${target.on})`;
  return `${target.inclusive ? '≤' : '<'} ${formatNumber(target.limit, unit)}${on}`;
}

/** The results as rows of text: figure, runs, median, p95, target, verdict. */
export function tableRows(results: BenchPart): string[][] {
  const rows = results.figures.map((figure) => [
    figure.label,
    figure.runs === undefined ? '' : String(figure.runs),
    formatNumber(figure.median ?? figure.value, figure.unit),
    formatNumber(figure.p95, figure.unit),
    describeTarget(figure.target, figure.unit),
    figure.pass === undefined ? '' : figure.pass ? 'PASS' : 'FAIL',
  ]);
  for (const missing of results.missing) rows.push([missing.label, '', 'missing', '', '', '']);
  return rows;
}

const HEADINGS = ['Figure', 'Runs', 'Median', 'p95', 'Target', 'Result'];

/** A plain-text table for the terminal. */
export function formatTable(results: BenchPart): string {
  const rows = [HEADINGS, ...tableRows(results)];
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const reasons = results.missing.map((missing) => `Missing: ${missing.label}: ${missing.reason}.`);
  return [
    line(rows[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...reasons,
  ].join('\n');
}

/** The same table in Markdown, for the README. */
export function markdownTable(results: BenchPart): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const rows = tableRows(results).map((row) => `| ${row.map(escape).join(' | ')} |`);
  return [`| ${HEADINGS.join(' | ')} |`, '|---|--:|--:|--:|--:|:-:|', ...rows].join('\n');
}

export function describeMachine(machine: MachineFacts): string {
  const load =
    machine.loadAtStart && machine.loadAtEnd
      ? `; load average ${machine.loadAtStart[0]} at start, ${machine.loadAtEnd[0]} at end on ${machine.cores} cores`
      : '';
  const chromium = machine.chromium ? `, ${machine.chromium}` : '';
  return `${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, ${machine.os}, Node ${machine.node}${chromium}; ${machine.date}${load}`;
}
