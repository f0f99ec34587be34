import { titleLine, type ShapeContext } from './answer-lines.js';
import { cite, splitSentences } from './answer-text.js';
import { indicatorsLine } from './answer-shapes.js';
import { driverLabel } from './labels.js';
import { formatPartialDate } from './partial-date.js';

/**
 * Asked by what signs the paper tells a reading ("那安全驱动怎么判断？拿哪些案例当证据"): its criteria, the works it builds
 * that reading on, then for each indicator of that reading an action it reads that way, with the first step of its argument.
 */
export function readingOverviewSentences(context: ShapeContext): string[] | null {
  const overview = context.retrieval.readingOverview;
  if (!overview) return null;
  const { sources, refs, lang } = context;
  const criteria = overview.criteria ? sources.passages.get(overview.criteria) : undefined;
  const opening = criteria ? splitSentences(criteria.gloss[lang]).map((s) => cite(s, refs.passage(criteria))) : [];
  // The works it builds the reading on come first: asked by what signs, the criteria's sources answer before their uses.
  const works = (overview.groundedOn ?? []).flatMap((id) => sources.items.get(id) ?? []).map((item) => {
    const n = refs.item(item);
    if (!item.reading) return titleLine(item, n, lang);
    const [driver, date] = [driverLabel(item.reading.driver, lang), formatPartialDate(item.date, lang)];
    return cite(lang === 'zh' ? `论文构建${driver}逻辑所依据的文献：${item.title.zh}（${date}）` : `The paper builds its ${driver} logic on ${item.title.en} (${date})`, n);
  });
  const examples = overview.examples.flatMap((id) => sources.items.get(id) ?? []).flatMap((item) => {
    if (!item.reading) return [];
    const n = refs.item(item);
    const argument = splitSentences(item.reading.argument[lang])[0];
    return [indicatorsLine({ ...item, reading: item.reading }, n, context), ...(argument ? [cite(argument, n)] : [])];
  });
  return examples.length > 0 ? [...opening, ...works, ...examples] : null;
}
