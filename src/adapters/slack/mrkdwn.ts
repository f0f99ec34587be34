import type { Citation } from '../../core/replies.js';

/** Escapes text for Slack mrkdwn: no user or stored text can mention @channel, ping users or inject links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The URL when it can stand inside Slack's <url|label> syntax: http(s), no spaces, angle brackets or bars. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s<>|]+$/.test(url) ? url : null;
}

/** A link whose label is escaped text; only safe http(s) URLs become links. */
export function link(url: string | null, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  const target = safeUrl(url);
  return target ? `<${target}|${safeLabel}>` : safeLabel;
}

/** Shortens to `max` characters on a word boundary where one is near, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Answer text with each [n] linked to its primary source where there is one. */
export function answerMrkdwn(text: string, citations: Citation[]): string {
  return escapeMrkdwn(text).replace(/\[(\d+)\]/g, (marker, n: string) => {
    const url = safeUrl(citations.find((c) => c.n === Number(n))?.url);
    return url ? `<${url}|[${n}]>` : marker;
  });
}

/** Breaks text longer than `max` at line ends, else at spaces (never inside a <url|label> link, which has none). */
function breakLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/**
 * Splits text at sentence ends into pieces that fit a section, never inside a citation marker. A run without
 * sentence ends (a list) is broken at line ends instead: no text is cut away.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const sentence of text.match(/[^.!?。！？]+(?:[.!?。！？]+(?:\s*<[^>]*\|\[\d+\]>|\s*\[\d+\])*)?\s*/gu) ?? [text]) {
    if (current.length + sentence.length > max) flush();
    if (sentence.length <= max) {
      current += sentence;
      continue;
    }
    for (const piece of breakLong(sentence, max)) {
      current = piece;
      flush();
    }
  }
  flush();
  return pieces.map((p) => clip(p, max));
}
