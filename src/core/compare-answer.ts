import { cite, splitSentences } from './answer-text.js';
import { provenanceSentence, summarySentences, titleLine, type ShapeContext } from './answer-lines.js';
import { itemOf } from './answer-shapes.js';
import type { Passage } from './passage.js';
import { administrationLabel, driverLabel } from './labels.js';
import { namesAnyOf } from './alias-table.js';
import { contentUnreported } from './person-asked.js';
import { namedIn, refersTo, type StoredItem } from './policy-item.js';
import type { NamedEntity, RetrievalHit, RetrievalSide } from './ports.js';

/** A side's items must match this share of the question, and come this close to the side's best one. */
const SIDE_FLOOR = 0.2;
const SIDE_CLOSENESS = 0.5;

interface Side {
  label: string;
  has: (item: StoredItem) => boolean;
  /** The side's own hits, closest first: from its own search when the retrieval has one. */
  hits: RetrievalHit[];
  /** Of its items, those told first (an administration's actions on the name compared). */
  prefers?: (item: StoredItem) => boolean;
  /** Whether an item is on the matter the sides are compared on: another of the side's actions must come as close as those. */
  onMatter?: (item: StoredItem) => boolean;
  /** Whether the paper tells an item of this side in a passage that names the other side. */
  toldBeside?: (item: StoredItem) => boolean;
  /** An idea's side: the items the section discussing it tells, which stand for it. */
  told?: readonly string[];
  /** Whether the idea heads a section of the paper: its section's items stand for it in the paper's order. */
  heading?: boolean;
  /** An administration's side drawn from the paper's headings, one action a section: each stands for its section, however close. */
  headed?: boolean;
}

function sidesOf(context: ShapeContext): [Side, Side] | null {
  const { retrieval, lang, sources, hits } = context;
  // A side's items act on its entity: a Chinese name's characters in another's text ("政部" in 财政部) do not make one.
  // Those the paper tells in a passage that names the other side too come first: there the paper sets the two side by side.
  // Two bodies compared on what they acted on ("Commerce and Defense on Huawei"): a side's items on it stand for it.
  const targets = retrieval.entities.filter((e) => e.kind === 'target' && !e.common);
  // An item whose title names the side is about it, even where the side is only the object of its actors (the France–Canada GPAI plan).
  const entitySide = (entity: NamedEntity, sideHits: RetrievalHit[], other?: NamedEntity): Side => ({
    label: [entity.id, ...entity.party ?? []].map((id) => sources.aliases.displayName(id, lang)).join(lang === 'zh' ? '、' : '/'),
    has: titledOrReferring(entity, sources, other), hits: sideHits,
    ...(entity.kind === 'actor' && other?.kind === 'actor' && targets.length > 0 ? { onMatter: (item: StoredItem) => targets.every((t) => refersTo(item, t)) } : {}),
    // A body set against one of its own offices (the Pentagon vs the Air Force): its own actions stand for it, not its offices'.
    ...(other && other.ids.every((id) => entity.ids.includes(id)) ? { prefers: (item: StoredItem) => namedIn(item).includes(entity.id) } : {}),
    ...(other ? { toldBeside: toldBesideOf(other, sources) } : {}) });
  // Two administrations compared on a name ("Commerce under Trump vs under Biden"): each side's actions on it come first.
  const named = retrieval.entities.filter((e) => !e.common);
  const adminSide = (administration: string, sideHits: RetrievalHit[], headed = false): Side => ({ label: administrationLabel(administration, lang),
    has: (item) => item.administration === administration, hits: sideHits,
    prefers: (item) => named.every((entity) => refersTo(item, entity)), ...(headed ? { headed } : {}) });
  if (retrieval.sides) {
    const [first, second] = retrieval.sides;
    const otherOf = (side: RetrievalSide): NamedEntity | undefined => {
      const other = side === first ? second : first;
      return other.kind === 'entity' ? other.entity : undefined;
    };
    // Two bodies: where the paper tells one beside the other it sets them side by side; a firm is only mentioned.
    const bodies = first.kind === 'entity' && second.kind === 'entity' && first.entity.kind === 'actor' && second.entity.kind === 'actor';
    return retrieval.sides.map((side) => (side.kind === 'entity' ? entitySide(side.entity, side.hits, bodies ? otherOf(side) : undefined)
      : side.kind === 'administration' ? adminSide(side.administration, side.hits, side.headed === true)
        // An idea's side is what its own search found.
        : { label: side.label.charAt(0).toUpperCase() + side.label.slice(1), has: () => true, hits: side.hits, told: side.told, heading: side.heading })) as [Side, Side];
  }
  const [a, b] = retrieval.entities;
  if (a && b) return [entitySide(a, hits), entitySide(b, hits)];
  const [x, y] = retrieval.filter.administrations ?? [];
  return x && y ? [adminSide(x, hits), adminSide(y, hits)] : null;
}

/** Whether an item acts on or is about the entity: names it among its actors, people or targets, or in its title (not the other side's too). */
function titledOrReferring(entity: NamedEntity, sources: ShapeContext['sources'], other?: NamedEntity): (item: StoredItem) => boolean {
  const names = namesAnyOf(entity.ids, sources.aliases);
  const otherNames = other ? namesAnyOf(other.ids, sources.aliases) : () => false;
  return (item) => refersTo(item, entity) || (!(other && refersTo(item, other)) && [item.title.en, item.title.zh].some((title) => names(title) && !otherNames(title)));
}

/**
 * Whether an item that is not the entity's own stands on a passage naming the entity: the paper tells it beside the
 * entity. The entity's names are read once.
 */
function toldBesideOf(entity: NamedEntity, sources: ShapeContext['sources']): (item: StoredItem) => boolean {
  const names = namesAnyOf(entity.ids, sources.aliases);
  return (item) => !refersTo(item, entity) && item.passages.some((passage) => names(passage.text));
}

/** A side's closest items: those of its hits that are on this side and near its best one. */
function sideItems(context: ShapeContext, side: Side, other?: Side): StoredItem[] {
  // An idea stands on what its section tells: those its own search reached first, then the rest in the paper's order.
  const told = (side.told ?? []).flatMap((id) => context.sources.items.get(id) ?? []);
  if (told.length > 0) {
    // A school of thought the paper heads a section with is made of what its adherents wrote and said: those come first,
    // in the order the paper gives them. Another idea stands on those of its section its own search reached first.
    const rank = (item: StoredItem): number => { const at = side.hits.findIndex((h) => h.id === item.id); return at < 0 ? side.hits.length + told.indexOf(item) : at; };
    const section = context.sources.passages.get(side.hits.find((h) => h.kind === 'passage')?.id ?? '')?.section.zh;
    // Each paragraph of the section speaks of other adherents: the first writing of each paragraph comes before the
    // second of any (Allen and Kania, then Allison; John Allen, then CNAS).
    if (!side.heading || !section) return [...told].sort((a, b) => rank(a) - rank(b)).slice(0, IDEA_ITEMS);
    const placed = told.map((item) => ({ item, ...paperPlace(item, section, context.sources), writing: WRITINGS.has(item.instrument) }))
      .sort((a, b) => Number(b.writing) - Number(a.writing) || a.at - b.at || a.named - b.named);
    const seen = new Map<number, number>();
    const round = new Map(placed.map(({ item, at }) => { const n = seen.get(at) ?? 0; seen.set(at, n + 1); return [item, n]; }));
    return placed.sort((a, b) => Number(b.writing) - Number(a.writing) || (round.get(a.item) ?? 0) - (round.get(b.item) ?? 0) || a.at - b.at)
      .map(({ item }) => item).slice(0, IDEA_ITEMS);
  }
  const preferred = (h: RetrievalHit): number => (side.prefers?.(itemOf(context, h.id)) === false ? 1 : 0);
  const onSide = side.hits.filter((h) => h.kind === 'item' && context.sources.items.has(h.id) && side.has(itemOf(context, h.id)));
  // An item both sides share (two authors of one report) sets no bar for the side's own items: those tell it apart.
  const shared = (h: RetrievalHit): boolean => other?.has(itemOf(context, h.id)) === true;
  const ownOnly = onSide.filter((h) => !shared(h));
  const best = Math.max(0, ...(ownOnly.length > 0 ? ownOnly : onSide).map((h) => h.coverage));
  // Those the paper tells beside the other side come first.
  const beside = (h: RetrievalHit): number => (side.toldBeside?.(itemOf(context, h.id)) === true ? 0 : 1);
  // Compared on an indicator the question names (意识形态化), the side's actions the paper reads first by it are its evidence.
  const named = context.retrieval.indicators ?? [];
  const readBy = (h: RetrievalHit): number => (named.length > 0 && named.includes(itemOf(context, h.id).reading?.indicators[0] ?? '') ? 0 : 1);
  // An item that records only that the paper cites remarks (Austin at the NSCAI summit) tells nothing of the side's position.
  const untold = (h: RetrievalHit): number => (contentUnreported(itemOf(context, h.id)) ? 1 : 0);
  // The store tells US policy: what countries the question does not name did (France and Canada proposing GPAI) is
  // the setting of the US's stance, told after it.
  const asked = context.retrieval.entities.flatMap((e) => e.ids);
  const abroad = (h: RetrievalHit): number => (byOtherCountries(itemOf(context, h.id), context.sources.aliases, asked) ? 1 : 0);
  const own = onSide.map((h, rank) => ({ h, rank })).sort((a, b) => preferred(a.h) - preferred(b.h) || untold(a.h) - untold(b.h) || abroad(a.h) - abroad(b.h)
    || readBy(a.h) - readBy(b.h)
    || beside(a.h) - beside(b.h) || a.rank - b.rank)
    .map(({ h }) => h);
  // A side that nothing matches well still has its closest own action: the floor keeps out weak items beside a good one.
  const floor = best >= SIDE_FLOOR ? SIDE_FLOOR : 0;
  // Beside its actions on the matter, another action of the side (a JAIC dialogue beside the Huawei rule) must match the
  // question as well as they do.
  const onMatter = own.filter((h) => side.onMatter?.(itemOf(context, h.id)) === true).map((h) => h.coverage);
  const matterFloor = onMatter.length > 0 ? Math.min(...onMatter) : 0;
  if (side.headed) return own.slice(0, SIDE_ITEMS).map((h) => itemOf(context, h.id));
  // One the paper reads first by that indicator need only clear the floor: the words around it are the question's phrasing.
  return own.filter((h) => h.coverage > 0 && h.coverage >= Math.max(floor, readBy(h) === 0 ? 0 : SIDE_CLOSENESS * best, matterFloor))
    .slice(0, SIDE_ITEMS).map((h) => itemOf(context, h.id));
}

/** Whether only countries act in an item (France and Canada), none of them the US nor one the question names. */
function byOtherCountries(item: StoredItem, aliases: ShapeContext['sources']['aliases'], named: readonly string[]): boolean {
  return item.actors.length > 0 && item.actors.every((id) => aliases.get(id)?.sort === 'country' && !named.includes(id));
}

/** The instruments of writings and remarks: a school's side stands on them. */
const WRITINGS = new Set(['statement', 'report']);

/**
 * Which of the passages of a section first tells an item (its order among the paper's), or after them all when none
 * does, and how far into that passage the paper first names one of its people.
 */
function paperPlace(item: StoredItem, section: string, { passages, aliases }: ShapeContext['sources']): { at: number; named: number } {
  const groundings = item.passages.filter((grounding) => grounding.section === section);
  const all = [...passages.values()];
  const at = all.findIndex((passage) => passage.section.zh === section && groundings.some((grounding) => passage.text.includes(grounding.text)));
  const text = all[at]?.text ?? '';
  const names = item.people.flatMap((id) => { const entry = aliases.get(id); return entry ? [entry.name.zh, entry.name.en, ...entry.aliases] : []; });
  const offsets = names.map((name) => text.indexOf(name)).filter((i) => i >= 0);
  return { at: at < 0 ? passages.size : at, named: offsets.length > 0 ? Math.min(...offsets) : text.length };
}

/** How many items stand for a side of two bodies or administrations. */
const SIDE_ITEMS = 3;
/** How many of a side's items are told in full before the other side's. */
const TOLD_ITEMS = 2;
/** How many items stand for an idea's side. */
const IDEA_ITEMS = 2;

/** Two actors or administrations side by side: each side's closest items with the paper's reading of them. */
export function compareSentences(context: ShapeContext, aboutPaper: boolean): string[] | null {
  const sides = sidesOf(context);
  if (!sides) return null;
  const { lang, refs } = context;
  const ideas = context.retrieval.sides?.[0].kind === 'idea';
  // Nothing is cited before it is known that a side has an item: a shape that gives up must leave no citation behind.
  if (sides.every((side) => sideItems(context, side).length === 0)) {
    // Two ideas the paper discusses with no action of either ("米尔斯海默那一派和华尔兹那一派"): its discussion of each answers.
    return ideas && sides.every((side) => ideaPassages(context, side.hits).length > 0) ? passageSentences(context, discussedOf(context, sides)) : null;
  }
  // Sentences are made in reading order, so that citation numbers follow the markers. The paper's discussion of two
  // ideas frames them: its passage on the first opens, its others (often the one setting the two apart) close.
  const discussed = discussedOf(context, sides);
  const opening = ideas ? passageSentences(context, discussed.slice(0, 1)) : [];
  const sentences: string[] = [];
  const shown = new Set<string>();
  // Each side's first items are told in full, side after side; the rest follow both, a title each, so that neither side's
  // best items stand behind the other's lesser ones.
  const later: Array<{ label: string; items: StoredItem[] }> = [];
  for (const side of sides) {
    const all = sideItems(context, side, sides.find((other) => other !== side));
    if (all.length === 0) {
      sentences.push(lang === 'zh' ? `资料库中没有关于${side.label}在这一问题上的条目。` : `The store holds no item on this for ${side.label}.`);
      continue;
    }
    // An item both sides share (two authors of one report) is told once; the second side points back to it.
    const items = all.filter((item) => !shown.has(item.id));
    if (items.length === 0) {
      sentences.push(cite(lang === 'zh' ? `${side.label}：见上述同一条目` : `${side.label}: the same item as above`, refs.item(all[0] as StoredItem)));
      continue;
    }
    items.forEach((item) => shown.add(item.id));
    later.push({ label: side.label, items: items.slice(TOLD_ITEMS) });
    items.slice(0, TOLD_ITEMS).forEach((item, i) => {
      const n = refs.item(item);
      const [first, ...rest] = summarySentences(item, n, lang, 2);
      sentences.push(i === 0 ? `${side.label}${lang === 'zh' ? '：' : ': '}${first}` : (first as string), ...rest.slice(0, i === 0 ? 1 : 0));
      // The paper's reading with the first step of its argument: the side's reasons as the paper weighs them.
      const reading = item.reading;
      const argument = reading ? splitSentences(reading.argument[lang])[0]?.replace(/[。.]$/u, '') : undefined;
      const driver = reading ? driverLabel(reading.driver, lang) : undefined;
      sentences.push(!driver ? provenanceSentence(item, n, lang)
        : cite(lang === 'zh' ? `论文将其解读为${driver}${argument ? `：${argument}` : ''}` : `The paper reads this as ${driver}${argument ? `: ${argument}` : ''}`, n));
    });
  }
  for (const { label, items } of later.filter((side) => side.items.length > 0)) {
    const titles = items.map((item) => titleLine(item, refs.item(item), lang).replace(/[。.]$/u, ''));
    sentences.push(lang === 'zh' ? `${label}另见：${titles.join('；')}。` : `Also for ${label}: ${titles.join('; ')}.`);
  }
  if (sentences.filter((s) => /\[\d+\]/.test(s)).length === 0) return null;
  if (!aboutPaper && !ideas) return sentences;
  // Asked for the paper's view of the difference ("in the authors' view"), or comparing two of its ideas: its discussion
  // of each side closes the comparison of actions, and opens the comparison of ideas.
  return ideas ? [...opening, ...sentences, ...passageSentences(context, discussed.slice(1))] : [...sentences, ...passageSentences(context, discussed)];
}

/** The paper's passage closest to a side, if one comes near its best hit: its discussion of the side. */
function ideaPassages(context: ShapeContext, hits: RetrievalHit[]): Passage[] {
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  const hit = hits.find((h) => h.kind === 'passage' && h.coverage >= DISCUSSION_CLOSENESS * best);
  const passage = hit ? context.sources.passages.get(hit.id) : undefined;
  return passage ? [passage] : [];
}
const DISCUSSION_CLOSENESS = 0.6;

/** The paper's passage closest to each side, each once. */
const discussedOf = (context: ShapeContext, sides: [Side, Side]): Passage[] => [...new Set(sides.flatMap((side) => ideaPassages(context, side.hits)))];

/** Passages as cited sentences of their glosses. */
function passageSentences(context: ShapeContext, passages: readonly Passage[]): string[] {
  return passages.flatMap((passage) => splitSentences(passage.gloss[context.lang]).map((s) => cite(s, context.refs.passage(passage))));
}
