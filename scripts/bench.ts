/**
 * npm run bench: a synthetic store of 100,000 items (varied from the real ones, both languages), then index build
 * time, `ask` and `events` latency (p50/p99 over thousands of mixed queries) and peak RSS, as a table and as JSON.
 * BENCH_ITEMS and BENCH_QUERIES change the sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDir } from '../src/config/paths.js';
import { subsetProcessPeakKb } from '../src/charts/chart-font.js';
import { createChartRenderer } from '../src/charts/chart-renderer.js';
import { chartDataFor } from '../src/core/chart-request.js';
import { createRouter } from '../src/core/router.js';
import { loadCuratedData } from '../src/ingest/curated-data.js';
import { eventsFreeTextFilters } from '../src/search/events-free-text.js';
import { createRetriever } from '../src/search/retriever.js';
import { seedFromCuratedData } from '../src/store/seed.js';
import { createSqliteStore } from '../src/store/sqlite-store.js';
import { syntheticItems } from './synthetic-items.js';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
/** Each chart below is drawn this many times (full size, and small enough for a Teams card). */
const CHART_RENDERS = Number(process.env.BENCH_CHART_RENDERS ?? 5);
/** Charts of the curated items (the real ones), as chat and the CLI ask for them. */
const CHARTS: Array<['timeline' | 'stance', Record<string, string[]>]> = [
  ['timeline', { actor: ['commerce', 'defense'] }], ['stance', {}], ['timeline', {}], ['stance', { actor: ['commerce', 'defense'] }],
];
const QUERIES = Number(process.env.BENCH_QUERIES ?? 3000);
const clock = { now: () => new Date() };

const ASK = [
  'What did the Pentagon think of the Huawei rule?', 'Which Chinese AI firms did Commerce blacklist in October 2019?',
  '美国国防部为什么禁止采购大疆无人机？', 'How much did the White House ask Congress for in the FY2019 budget?',
  'What did Treasury do to SenseTime under Biden?', 'What are the two schools of thought the paper describes?',
  '论文的主要结论是什么？', 'What is Hunt Forward?', '“人工智能国防伙伴关系”对话的成员规模有什么变化？',
  'When did Cyber Command become a unified combatant command?', 'What is the US policy on TikTok?',
  '2023年美国对华人工智能出口管制有哪些新规定？', 'semiconductor supply chain export controls since 2020',
  '拜登政府对商汤科技做了什么？', 'What did the Air Force do with AI in 2019?', 'facial recognition surveillance sanctions',
  // The answer shapes: timeline, list, comparison and the paper's reading.
  'How did US policy toward Huawei unfold from 2019 to 2021?', 'Which actions did the Defense Department take on DJI drones?',
  'How did Commerce and Defense differ on the Huawei rule?', 'Why does the paper read the October 2019 Entity List decision as power-driven?',
  '美国对华为的政策是如何演变的？', '商务部和国防部在中芯国际问题上有何分歧？',
  "Where does the paper put Biden's China AI policy on the power vs security spectrum, and what's the evidence?",
];
const EVENTS = [
  'events actor:commerce', 'events actor:defense admin:trump', 'events target:huawei', 'events from:2019 to:2020-06',
  'events driver:security', 'events type:entity-list lang:zh', 'events actor:commerce 2019', 'events admin:biden page:3',
  'events 芯片', 'events actor:国防部 driver:power from:2018',
];

/**
 * Chart render times on a store of the curated items only: charts draw at most 200 items, so the synthetic
 * 100,000 would only measure the store's query. Each render is a full chat chart: data, full size and card size.
 */
async function measureCharts(data: ReturnType<typeof loadCuratedData>): Promise<number[]> {
  const chartDir = mkdtempSync(join(tmpdir(), 'policy-brief-bench-charts-'));
  try {
    const store = await createSqliteStore({ path: join(chartDir, 'charts.db'), clock });
    await seedFromCuratedData(store, data);
    const renderer = createChartRenderer();
    const times: number[] = [];
    for (let i = 0; i < CHART_RENDERS; i++) {
      for (const [kind, filters] of CHARTS) {
        const t0 = performance.now();
        const result = await chartDataFor(kind, filters, i % 2 === 0 ? 'en' : 'zh', { store, aliases: data.aliases });
        if (!result.ok) throw new Error(result.message);
        await Promise.all([renderer.render(result.data), renderer.renderSmall(result.data, 17_000)]);
        times.push(performance.now() - t0);
      }
    }
    await store.close();
    return times.sort((a, b) => a - b);
  } finally {
    rmSync(chartDir, { recursive: true, force: true });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dir = mkdtempSync(join(tmpdir(), 'policy-brief-bench-'));
try {
  const data = loadCuratedData(dataDir());
  const store = await createSqliteStore({ path: join(dir, 'bench.db'), clock });
  await seedFromCuratedData(store, data);
  let started = performance.now();
  for (let i = 0; i < ITEMS; i += 5000) {
    const batch = syntheticItems(Math.min(5000, ITEMS - i), data.items, 42 + i).map((item, j) => ({ ...item, id: `${item.id}-${i + j}` as typeof item.id }));
    await store.upsertItems(batch);
  }
  const ingestMs = performance.now() - started;
  const rssAfterIngest = process.memoryUsage().rss;

  const passages = await store.allPassages();
  // Reading the items back from SQLite and indexing them are timed apart, as the store and the index are separate costs.
  const retriever = createRetriever(passages, data.aliases, data.vocabulary);
  let readMs = 0;
  let indexBuildMs = 0;
  for (let offset = 0; ; offset += 2000) {
    started = performance.now();
    const page = await store.listItems({}, { limit: 2000, offset });
    readMs += performance.now() - started;
    started = performance.now();
    retriever.addItems(page.items);
    indexBuildMs += performance.now() - started;
    if (page.items.length < 2000) break;
  }
  const items = { length: (await store.listItems({}, { limit: 1, offset: 0 })).total };
  const router = createRouter({ store, retriever, aliases: data.aliases, answerability: data.answerability, passages, clock, freeTextFilters: eventsFreeTextFilters });

  const measure = async (texts: string[]): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const text = texts[i % texts.length] as string;
      const t0 = performance.now();
      await router.handle(text, { conversationKey: `bench:${i % 50}` });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  const ask = await measure(ASK);
  const events = await measure(EVENTS);
  await store.close();
  const charts = await measureCharts(data);

  const result = {
    items: items.length,
    queries: QUERIES,
    ingestSeconds: +(ingestMs / 1000).toFixed(2),
    readSeconds: +(readMs / 1000).toFixed(2),
    indexBuildSeconds: +(indexBuildMs / 1000).toFixed(2),
    askP50Ms: +percentile(ask, 50).toFixed(2),
    askP99Ms: +percentile(ask, 99).toFixed(2),
    eventsP50Ms: +percentile(events, 50).toFixed(2),
    eventsP99Ms: +percentile(events, 99).toFixed(2),
    chartRenders: charts.length,
    chartP50Ms: +percentile(charts, 50).toFixed(0),
    chartP95Ms: +percentile(charts, 95).toFixed(0),
    chartMaxMs: +(charts.at(-1) ?? 0).toFixed(0),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    // Charts cut their font in a short-lived child process: its own peak, beside the bot's, while a subset is made.
    fontSubsetProcessPeakRssMB: Math.round(subsetProcessPeakKb() / 1024),
    rssAfterIngestMB: Math.round(rssAfterIngest / 1024 / 1024),
    rssAtEndMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
  };
  // [measure, value, target, met?]: a target that is missed fails the run.
  const rows: Array<[string, string, string, boolean | null]> = [
    ['items in store', String(result.items), '', null], ['ingest (SQLite, 5,000 a transaction)', `${result.ingestSeconds} s`, '', null],
    ['read items back from SQLite', `${result.readSeconds} s`, '', null],
    ['index build', `${result.indexBuildSeconds} s`, '≤ 10 s', result.indexBuildSeconds <= 10], ['ask p50', `${result.askP50Ms} ms`, '', null],
    ['ask p99', `${result.askP99Ms} ms`, '≤ 50 ms', result.askP99Ms <= 50], ['events p50', `${result.eventsP50Ms} ms`, '', null],
    ['events p99', `${result.eventsP99Ms} ms`, '≤ 20 ms', result.eventsP99Ms <= 20],
    ['chart render p50 (curated items)', `${result.chartP50Ms} ms`, '', null],
    ['chart render p95 (curated items)', `${result.chartP95Ms} ms`, '≤ 1500 ms', result.chartP95Ms <= 1500],
    ['peak RSS', `${result.peakRssMB} MB`, '≤ 500 MB', result.peakRssMB <= 500],
    ['font subset process peak RSS (transient)', `${result.fontSubsetProcessPeakRssMB} MB`, '', null],
  ];
  process.stdout.write(`${'measure'.padEnd(38)}${'value'.padEnd(14)}${'target'.padEnd(10)}result\n`);
  for (const [name, value, target, met] of rows) {
    process.stdout.write(`${name.padEnd(38)}${value.padEnd(14)}${target.padEnd(10)}${met === null ? '' : met ? 'pass' : 'FAIL'}\n`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (rows.some(([, , , met]) => met === false)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
