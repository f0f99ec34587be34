import type { Reply } from './replies.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

/** Up to this many items a digest shows a card for each; above it, one line each, so a large window stays readable. */
export const DIGEST_CARDS_UP_TO = 20;

export const digestLayoutFor = (items: number): Digest['layout'] => (items <= DIGEST_CARDS_UP_TO ? 'cards' : 'compact');

/** The digest's title, as every platform shows it. */
export const digestHeadline = (digest: Digest): string => (digest.lang === 'zh'
  ? `Policy Brief 摘要：新增 ${digest.total} 个条目` : `Policy Brief digest: ${digest.total} new item${digest.total === 1 ? '' : 's'}`);

/** The window a digest covers, as dates. */
export const digestPeriod = (digest: Digest): string => `${digest.since.slice(0, 10)} – ${digest.until.slice(0, 10)}`;

/** A piece of a digest that is never split across messages (an item's card, or a few lines), under its headings. */
export interface DigestUnit<E> {
  /** The administration heading it sits under, as shown (with its item count). */
  administration: string;
  /** The actor heading it sits under, as shown. */
  actor: string;
  elements: E[];
}

/** How one platform draws a digest's headings and what one of its messages may hold. */
export interface DigestPartStyle<E> {
  /** What opens part `part` of `parts`: the digest's heading and overview first, a short "continued" line after. */
  opening(part: number, parts: number): E[];
  administrationHeading(label: string, continued: boolean): E[];
  actorHeading(label: string, continued: boolean): E[];
  /** An element's size against `maxSize` (characters or bytes, as the platform counts). */
  measure(element: E): number;
  maxElements: number;
  maxSize: number;
}

/** A digest's headings and items, flattened in order: administration, then actor, then item. */
export function digestEntries(digest: Digest) {
  return digest.groups.flatMap((group) => {
    const count = group.actors.reduce((n, actor) => n + actor.items.length, 0);
    return group.actors.flatMap(({ actor, items }) => items.map((card) => ({ administration: `${group.label} · ${count}`, actor: `${actor} · ${items.length}`, card })));
  });
}

/**
 * Packs units into as many messages as their limits need, never splitting a unit. Every message opens with the
 * style's opening, and one that starts inside a group repeats its headings as "continued".
 */
export function packDigestParts<E>(units: readonly DigestUnit<E>[], style: DigestPartStyle<E>): E[][] {
  const sizeOf = (elements: readonly E[]) => elements.reduce((sum, e) => sum + style.measure(e), 0);
  const bodies: E[][] = [];
  let body: E[] = [];
  let room = { count: 0, size: 0 };
  const startPart = () => {
    const opening = style.opening(bodies.length + 1, 999);
    room = { count: style.maxElements - opening.length, size: style.maxSize - sizeOf(opening) };
  };
  startPart();
  let last: DigestUnit<E> | undefined;
  for (const unit of units) {
    const headings = (atStart: boolean): E[] => {
      const sameAdministration = unit.administration === last?.administration;
      const sameActor = sameAdministration && unit.actor === last?.actor;
      return [
        ...(atStart || !sameAdministration ? style.administrationHeading(unit.administration, atStart && sameAdministration) : []),
        ...(atStart || !sameActor ? style.actorHeading(unit.actor, atStart && sameActor) : []),
      ];
    };
    let next = [...headings(body.length === 0), ...unit.elements];
    let size = sizeOf(next);
    if (body.length > 0 && (next.length > room.count || size > room.size)) {
      bodies.push(body);
      body = [];
      startPart();
      next = [...headings(true), ...unit.elements];
      size = sizeOf(next);
    }
    body.push(...next);
    room = { count: room.count - next.length, size: room.size - size };
    last = unit;
  }
  bodies.push(body);
  return bodies.map((elements, i) => [...style.opening(i + 1, bodies.length), ...elements]);
}
