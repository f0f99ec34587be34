/** Slack's documented Block Kit limits, checked as Slack would before accepting a message. */
const KNOWN = new Set(['section', 'header', 'context', 'divider', 'actions']);

type Text = { type?: string; text?: string };
type Element = Text & { action_id?: string; value?: string; elements?: Element[] };
type Block = { type: string; text?: Text; fields?: Text[]; accessory?: Element; elements?: Element[] };

function buttonProblems(button: Element, where: string): string[] {
  const problems: string[] = [];
  if (button.type !== 'button') problems.push(`${where}: ${button.type} is not a button`);
  const label = (button as { text?: Text }).text?.text ?? '';
  if (label.length === 0 || label.length > 75) problems.push(`${where}: button text of ${label.length} characters`);
  if ((button.value ?? '').length > 2000) problems.push(`${where}: button value over 2,000 characters`);
  if (!button.action_id) problems.push(`${where}: button without action_id`);
  return problems;
}

function blockProblems(block: Block, where: string): string[] {
  if (!KNOWN.has(block.type)) return [`${where}: unknown block type ${block.type}`];
  const problems: string[] = [];
  const tooLong = (text: string | undefined, max: number, what: string) => {
    if (!text || text.length === 0) problems.push(`${where}: empty ${what}`);
    else if (text.length > max) problems.push(`${where}: ${what} of ${text.length} characters (max ${max})`);
  };
  if (block.type === 'header') tooLong(block.text?.text, 150, 'header text');
  if (block.type === 'section') {
    if (!block.text && !block.fields) problems.push(`${where}: section with neither text nor fields`);
    if (block.text) tooLong(block.text.text, 3000, 'section text');
    if ((block.fields?.length ?? 0) > 10) problems.push(`${where}: more than 10 fields`);
    for (const field of block.fields ?? []) tooLong(field.text, 2000, 'field');
    if (block.accessory) problems.push(...buttonProblems(block.accessory, where));
  }
  if (block.type === 'context') {
    if (!block.elements?.length || block.elements.length > 10) problems.push(`${where}: context with ${block.elements?.length ?? 0} elements`);
    for (const e of block.elements ?? []) tooLong(e.text, 3000, 'context text');
  }
  if (block.type === 'actions') {
    const ids = (block.elements ?? []).map((e) => e.action_id);
    for (const e of block.elements ?? []) problems.push(...buttonProblems(e, where));
    if (ids.length > 25) problems.push(`${where}: more than 25 elements`);
    if (new Set(ids).size !== ids.length) problems.push(`${where}: repeated action_id`);
  }
  return problems;
}

/** Problems Slack would refuse a message for: unknown blocks, over-long texts, too many blocks, no fallback text. */
export function blockKitProblems(message: { text: string; blocks: unknown[] }): string[] {
  const problems: string[] = [];
  if (!message.text) problems.push('no fallback text');
  if (message.blocks.length === 0) problems.push('no blocks');
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks (max 50)`);
  if (JSON.stringify(message.blocks).length > 12_000) problems.push('blocks over 12,000 characters (msg_blocks_too_long)');
  (message.blocks as Block[]).forEach((block, i) => problems.push(...blockProblems(block, `block ${i} (${block.type})`)));
  return problems;
}
