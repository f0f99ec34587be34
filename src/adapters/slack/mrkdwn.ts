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
