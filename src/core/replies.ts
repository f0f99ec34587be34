import type { ChartKind } from './chart-data.js';
import type { CandidateEdit, CommandName, Lang } from './commands.js';
import type { CandidateDocument, CandidateStatus } from './candidate.js';
import type { StatusReport } from './status-report.js';
import type { Driver, ProvenanceKind, StoredItem } from './policy-item.js';
import type { ChartImage, QuestionKind } from './ports.js';

/** The reading a card shows: the paper's driver, or `none` for an item nobody has read that way (a Federal Register rule). */
export type CardDriver = Driver | 'none';

/** An item as a card: what every list, answer and digest shows of it, in one language. */
export interface ItemCard {
  id: string;
  date: string;
  title: string;
  summary: string;
  actors: string[];
  /** The instrument's name in the card's language ("Entity List", "实体清单"). */
  instrument: string;
  driver: CardDriver;
  /** Where the item comes from: cards from outside the paper say so. */
  origin: ProvenanceKind;
  /** The paper's indicators, named in the card's language. */
  indicators: string[];
  source: { title: string; url: string | null } | null;
}

/** A numbered reference from an answer's `[n]` markers to a stored item or a passage of the paper. */
export interface Citation {
  n: number;
  kind: 'item' | 'passage';
  itemId: string;
  date: string;
  title: string;
  url: string | null;
  /** Where in the paper the grounding passage stands. */
  section: string;
}

export interface DriverTally {
  power: number;
  security: number;
  mixed: number;
  /** Items with no reading (from other sources than the paper). */
  none: number;
}

/** A follow-up the user can take: a button in chat, a hint in the terminal. */
export interface FollowUpAction {
  label: string;
  /** The command text that performs it. */
  command: string;
}

/** A rendered chart with the words that go with it. */
export interface ChartPicture {
  title: string;
  /** What the chart shows, for screen readers and for platforms that cannot show the image. */
  alt: string;
  /** The line posted with the image: what it covers and its power/security counts. */
  caption: string;
  image: ChartImage;
  /** A smaller rendering that fits inside a Teams card; absent when none does. */
  cardImage?: ChartImage;
}

/** Everything the router can answer. Renderers switch on `kind` and must handle every case. */
export type Reply =
  | { kind: 'answer'; lang: Lang; question: string; grounded: boolean; mode: 'extractive' | 'llm'; text: string;
    citations: Citation[]; related: ItemCard[]; note?: string; actions: FollowUpAction[];
    /** The LLM that wrote the text, when mode is "llm". */
    model?: string;
    /** The answerability score (0…1) that decided between answering and declining. */
    confidence?: number;
    /** The shape of answer the question asked for. */
    questionKind?: QuestionKind }
  | { kind: 'item-list'; lang: Lang; heading: string; total: number; offset: number; items: ItemCard[]; actions: FollowUpAction[] }
  | { kind: 'item-detail'; lang: Lang; item: StoredItem; card: ItemCard; actorNames: string[]; peopleNames: string[]; targetNames: string[] }
  | { kind: 'actor-profile'; lang: Lang; actorId: string; name: string; otherName: string; tally: DriverTally;
    byAdministration: Array<{ administration: string; items: ItemCard[] }>; total: number; actions: FollowUpAction[];
    /** The actor's stance chart, when charts can be drawn. */
    picture?: ChartPicture }
  | { kind: 'comparison'; lang: Lang; sides: [ComparisonSide, ComparisonSide]; actions: FollowUpAction[];
    /** Both sides' stance chart, when one chart can hold them. */
    picture?: ChartPicture }
  | { kind: 'framework'; lang: Lang; indicators: FrameworkRow[]; tally: DriverTally }
  | { kind: 'digest-preview'; lang: Lang; since: string; total: number; items: ItemCard[]; tally: DriverTally }
  | { kind: 'digest'; lang: Lang; since: string; until: string; total: number; tally: DriverTally; groups: DigestGroup[];
    /** One card per item, or (for many items) one line per item under its administration and actor. */
    layout: 'cards' | 'compact';
    /** A short overview: LLM-written and checked when configured, composed from the items otherwise. */
    summary: { text: string; citations: Citation[]; model?: string };
    /** A small timeline of the period's items, when there are enough of them and charts are available. */
    picture?: ChartPicture }
  | { kind: 'chart'; lang: Lang; chart: ChartKind; picture: ChartPicture;
    /** The command that draws this chart again (a share button runs it). */
    command: string;
    /** Items drawn, and how many matched (more when the chart was cut). */
    items: number; total: number; note?: string; actions: FollowUpAction[] }
  | { kind: 'help'; lang: Lang; topic?: CommandName; entries: HelpEntry[] }
  | { kind: 'usage-error'; lang: Lang; message: string; entries: HelpEntry[] }
  | { kind: 'notice'; lang: Lang; text: string }
  | { kind: 'review-queue'; lang: Lang; heading: string; total: number; offset: number; candidates: CandidateCard[];
    /** Whether the asker may approve, edit and reject (admins), so buttons are shown only to those who can use them. */
    canReview: boolean; note?: string; actions: FollowUpAction[] }
  | { kind: 'review-edit'; lang: Lang; candidate: CandidateCard; instruments: Array<{ value: string; label: string }> }
  | { kind: 'status'; lang: Lang; report: StatusReport };

/** A document found by a source watch, as the review queue shows it. */
export interface CandidateCard {
  id: string;
  status: CandidateStatus;
  document: CandidateDocument;
  /** The proposed item as a card (null for a skipped document). */
  card: ItemCard | null;
  /** The proposal's fields as an edit form shows them: actors and targets as comma-separated ids. */
  proposal: Required<CandidateEdit> | null;
  translation: 'human' | 'machine' | 'pending' | null;
  reason: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
}

/** A digest's items under one administration, then one actor. */
export interface DigestGroup {
  administration: string;
  label: string;
  actors: Array<{ actor: string; items: ItemCard[] }>;
}

export interface ComparisonSide {
  label: string;
  total: number;
  tally: DriverTally;
  indicatorCounts: Record<string, number>;
  latest: ItemCard[];
}

export interface FrameworkRow {
  indicator: string;
  driver: 'power' | 'security';
  label: string;
  description: string;
  count: number;
  examples: ItemCard[];
}

export interface HelpEntry {
  command: CommandName;
  usage: string;
  description: string;
  examples: string[];
}

/** The picture a reply carries: a chart's, or the stance chart of a profile or a comparison. */
export function replyPicture(reply: Reply): ChartPicture | undefined {
  return reply.kind === 'chart' || reply.kind === 'actor-profile' || reply.kind === 'comparison' ? reply.picture : undefined;
}

export function assertNever(value: never): never {
  throw new Error(`unhandled reply kind: ${JSON.stringify(value)}`);
}
