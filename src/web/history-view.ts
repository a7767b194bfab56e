/**
 * The history parts of the pages as data: the WHM run status (last run, next
 * run, pending "audit now" requests), the server-wide trend, one account's
 * runs, and the charts. A chart is computed here from numbers only — every
 * coordinate is a number, every label a formatted number or a date — and
 * `partials/trend-chart.ejs` writes it as inline SVG with `<%=` for every
 * value, so no text of a report can become markup. Pure.
 */
import { diagnosisTitleIn } from '../kb/diagnosis-titles';
import type { AccountHistoryFile } from '../jobs/history-export';
import type { Lang } from '../kb/types';
import type { AccountRun, RunRequest, RunStatus, RunSummary, Trend } from '../store/history-store';
import { fill, UI, type UiText } from './i18n';
import { formatTime } from './report-view';

// ---- charts --------------------------------------------------------------------------

interface ChartPoint {
  readonly x: number;
  readonly y: number;
  /** What the point's <title> says (a number and its run's date). */
  readonly label: string;
}

interface ChartSeries {
  readonly name: string;
  /** A fixed class (md-series-0 … md-series-5): the colours are in the stylesheet. */
  readonly cls: string;
  /** The polyline's `points`, numbers only. */
  readonly points: string;
  readonly dots: readonly ChartPoint[];
  readonly legend: { readonly boxX: number; readonly boxY: number; readonly textX: number; readonly textY: number };
}

interface ChartView {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly axis: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly yTop: number };
  readonly yTicks: readonly { readonly y: number; readonly labelX: number; readonly labelY: number; readonly label: string }[];
  /** `anchor`: the first label starts at its point, the last ends at it (so neither is cut off), the others are centred. */
  readonly xLabels: readonly { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end'; readonly label: string }[];
  readonly series: readonly ChartSeries[];
}

interface ChartInput {
  readonly id: string;
  readonly title: string;
  /** One label per column, oldest first. */
  readonly columns: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

const W = 640;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const PLOT_H = 160;
const MAX_SERIES_CLASSES = 6;

const round = (n: number): number => Math.round(n * 10) / 10;
const clean = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

/** A line chart of small counts: 0 at the bottom, a few whole-number ticks, the columns spread evenly. */
function lineChart(input: ChartInput): ChartView {
  const columns = input.columns.length;
  const max = Math.max(1, ...input.series.flatMap((s) => s.values.map(clean)));
  const step = max <= 5 ? 1 : Math.ceil(max / 4);
  const top = Math.ceil(max / step) * step;
  const bottom = TOP + PLOT_H;
  const plotW = W - LEFT - RIGHT;
  const xOf = (i: number): number => round(columns <= 1 ? LEFT + plotW / 2 : LEFT + (plotW * i) / (columns - 1));
  const yOf = (v: number): number => round(bottom - (PLOT_H * clean(v)) / top);
  const legendTop = bottom + 34;
  const series = input.series.map((s, index): ChartSeries => {
    const dots = input.columns.map((column, i) => {
      const v = clean(s.values[i] ?? 0);
      return { x: xOf(i), y: yOf(v), label: `${s.name}: ${v} (${column})` };
    });
    return {
      name: s.name,
      cls: `md-series-${index % MAX_SERIES_CLASSES}`,
      points: dots.map((d) => `${d.x},${d.y}`).join(' '),
      dots,
      legend: { boxX: LEFT, boxY: legendTop + index * 18 - 10, textX: LEFT + 16, textY: legendTop + index * 18 },
    };
  });
  // At most about six date labels under the axis, the newest always.
  const every = Math.max(1, Math.ceil(columns / 6));
  const anchor = (i: number): 'start' | 'middle' | 'end' => (columns === 1 ? 'middle' : i === 0 ? 'start' : i === columns - 1 ? 'end' : 'middle');
  const xLabels = input.columns.flatMap((label, i) =>
    i % every === 0 || i === columns - 1 ? [{ x: xOf(i), y: bottom + 18, anchor: anchor(i), label: label.slice(0, 10) }] : [],
  );
  const yTicks: { y: number; labelX: number; labelY: number; label: string }[] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: yOf(v), labelX: LEFT - 6, labelY: round(yOf(v) + 4), label: String(v) });
  return {
    id: input.id,
    width: W,
    height: legendTop + series.length * 18 + 4,
    title: input.title,
    desc: series.map((s) => `${s.name}: ${s.dots.map((d) => d.label.slice(s.name.length + 2)).join(', ')}`).join('; '),
    axis: { x1: LEFT, y1: bottom, x2: W - RIGHT, y2: bottom, yTop: TOP },
    yTicks,
    xLabels,
    series,
  };
}

// ---- WHM run status and trend ----------------------------------------------------------

interface RunStatusView {
  readonly lastRun: string | undefined;
  readonly lastRunIso: string;
  readonly nextRun: string;
  readonly nextRunIso: string;
  readonly pending: readonly string[];
}

interface TrendView {
  readonly chart: ChartView | undefined;
  readonly rows: readonly { readonly id: string; readonly title: string; readonly latest: number; readonly total: number }[];
}

function statusLabel(t: UiText, status: RunStatus): string {
  const words: Record<RunStatus, string> = {
    running: t.runStatusRunning,
    completed: t.runStatusCompleted,
    interrupted: t.runStatusInterrupted,
    failed: t.runStatusFailed,
  };
  return words[status];
}

const time = (ms: number): string => formatTime(Math.floor(ms / 1000));
const iso = (ms: number): string => new Date(ms).toISOString();

export function pendingLines(t: UiText, pending: readonly RunRequest[]): string[] {
  return pending.map((p) => fill(t.pendingItem, { time: time(p.requestedAt), by: p.requestedBy, scope: p.user ?? t.pendingAll }));
}

export function buildRunStatus(lang: Lang, last: RunSummary | null, next: number | null, pending: readonly RunRequest[]): RunStatusView {
  const t = UI[lang];
  return {
    lastRun:
      last === null
        ? undefined
        : fill(t.lastRunText, {
            time: time(last.startedAt),
            status: statusLabel(t, last.status),
            audited: String(last.accountsAudited),
            failed: String(last.accountsFailed),
          }),
    lastRunIso: last === null ? '' : iso(last.startedAt),
    nextRun: next === null ? t.noDaemon : time(next),
    nextRunIso: next === null ? '' : iso(next),
    pending: pendingLines(t, pending),
  };
}

export function buildTrend(lang: Lang, trend: Trend): TrendView {
  const t = UI[lang];
  if (trend.runs.length === 0) return { chart: undefined, rows: [] };
  const columns = trend.runs.map((r) => time(r.startedAt));
  return {
    chart: lineChart({
      id: 'md-trend-chart',
      title: t.trendChartTitle,
      columns,
      // A person reads the legend: the catalogue's title, also for an id no current finding has.
      series: trend.diagnoses.map((d) => ({ name: diagnosisTitleIn(d.id, lang), values: d.accounts })),
    }),
    rows: trend.diagnoses.map((d) => ({ id: d.id, title: diagnosisTitleIn(d.id, lang), latest: d.accounts[d.accounts.length - 1] ?? 0, total: d.total })),
  };
}

// ---- one account's runs (WHM drill-down: from the store; cPanel page: from its own file) ----

interface AccountHistoryRowView {
  readonly when: string;
  readonly whenIso: string;
  readonly problems: number;
  readonly warnings: number;
  readonly couldNotCheck: number;
  readonly newCount: number;
  readonly resolvedCount: number;
  readonly newTitles: readonly string[];
  readonly resolvedTitles: readonly string[];
  readonly error?: string;
}

export interface AccountHistoryView {
  readonly lastChecked: string;
  readonly lastCheckedIso: string;
  readonly rows: readonly AccountHistoryRowView[];
  readonly chart: ChartView | undefined;
}

/** The shape both sources share (AccountRun from the store, ExportedRun from the file). */
interface RunLike {
  readonly auditedAt: number;
  readonly error: string | null;
  readonly counts: { readonly critical: number; readonly warning: number; readonly info: number; readonly couldNotCheck: number };
  readonly new: readonly { readonly id: string; readonly subject: string; readonly title: { readonly nl: string; readonly en: string } }[];
  readonly resolved: readonly { readonly id: string; readonly subject: string; readonly title: { readonly nl: string; readonly en: string } }[];
}

export function runsFromStore(runs: readonly AccountRun[]): RunLike[] {
  const ref = (p: AccountRun['changes']['new'][number]) => ({ id: p.id, subject: p.subject.name, title: p.title });
  return runs.map((r) => ({ auditedAt: r.auditedAt, error: r.error, counts: r.counts, new: r.changes.new.map(ref), resolved: r.changes.resolved.map(ref) }));
}

export function runsFromFile(file: AccountHistoryFile): RunLike[] {
  return [...file.runs];
}

/** Runs newest first in, the table newest first and the chart oldest first out. */
export function buildAccountHistory(lang: Lang, runs: readonly RunLike[]): AccountHistoryView | undefined {
  if (runs.length === 0) return undefined;
  const t = UI[lang];
  const rows = runs.map(
    (r): AccountHistoryRowView => ({
      when: time(r.auditedAt),
      whenIso: iso(r.auditedAt),
      problems: r.counts.critical,
      warnings: r.counts.warning + r.counts.info,
      couldNotCheck: r.counts.couldNotCheck,
      newCount: r.new.length,
      resolvedCount: r.resolved.length,
      newTitles: r.new.map((p) => p.title[lang]),
      resolvedTitles: r.resolved.map((p) => p.title[lang]),
      ...(r.error === null ? {} : { error: fill(t.historyFailed, { error: r.error }) }),
    }),
  );
  const oldestFirst = [...rows].reverse();
  const newest = runs[0]!;
  return {
    lastChecked: fill(t.lastChecked, { time: time(newest.auditedAt) }),
    lastCheckedIso: iso(newest.auditedAt),
    rows,
    chart: lineChart({
      id: 'md-history-chart',
      title: t.accountHistoryChartTitle,
      columns: oldestFirst.map((r) => r.when),
      series: [
        { name: t.countProblems, values: oldestFirst.map((r) => r.problems) },
        { name: t.countWarnings, values: oldestFirst.map((r) => r.warnings) },
      ],
    }),
  };
}
