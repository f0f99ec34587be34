import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call the bot made to the fake Slack Web API or to a response_url. */
export interface SlackCall {
  method: string;
  args: Record<string, any>;
  /** For a successful chat.postMessage: the ts the fake gave the message. */
  ts?: string;
  /** For a file's bytes POSTed to the upload URL the fake handed out (method `upload`): the bytes. */
  bytes?: Buffer;
}

/**
 * A custom answer to one call: a status, headers and body of its own (default: a success), after `delayMs`.
 * `keep: true` stores the posted message although the answer says it failed (a 500 or a lost response after
 * Slack did post it).
 */
export type MethodReply = { status?: number; headers?: Record<string, string>; body?: Record<string, unknown>; delayMs?: number; keep?: boolean } | undefined;

/** Parses a Web API body: form-encoded (with JSON-encoded blocks) or JSON. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? (() => { try { return JSON.parse(value); } catch { return value; } })() : value;
  }
  return args;
}

/** The file in an upload: the body as sent, or (as @slack/web-api sends it) the one part of a multipart form. */
function uploadedBytes(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf('\r\n\r\n', body.indexOf(delimiter)) + 4;
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), start));
}

/** A loopback Slack Web API that records every call; `override` can make a method fail, rate-limit or differ. */
export async function startFakeSlack(override: (call: SlackCall, count: number) => MethodReply = () => undefined) {
  const calls: SlackCall[] = [];
  let ts = 1_700_000_000;
  let port = 0;
  let fileId = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // files.uploadV2's second step: the file's bytes, POSTed to the upload_url files.getUploadURLExternal gave.
    const upload = /^\/upload\/([\w-]+)$/.exec(req.url ?? '');
    if (upload) {
      const bytes = uploadedBytes(Buffer.concat(chunks), req.headers['content-type']);
      calls.push({ method: 'upload', args: { file_id: upload[1], contentType: req.headers['content-type'] }, bytes });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
    const call = { method, args: parseArgs(raw, req.headers['content-type']) };
    calls.push(call);
    const custom = override(call, calls.filter((c) => c.method === method).length);
    if (custom?.delayMs) await new Promise((resolve) => setTimeout(resolve, custom.delayMs));
    const inChannel = () => calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === call.args.channel && c.ts);
    const asMessage = (c: SlackCall) => ({ type: 'message', ts: c.ts, text: c.args.text, ...(c.args.thread_ts ? { thread_ts: c.args.thread_ts } : {}),
      ...(c.args.metadata ? { metadata: c.args.metadata } : {}) });
    const history = () => inChannel().filter((c) => !c.args.thread_ts).reverse().map(asMessage);
    const replies = () => inChannel().filter((c) => c.args.thread_ts === call.args.ts).map(asMessage);
    const stored = { ok: true, ts: `${ts++}.000100`, channel: call.args.channel ?? 'C1' };
    const file = `F${++fileId}`;
    const body = custom?.body ?? (method === 'auth.test'
      ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'policy-brief' }
      : method === 'files.getUploadURLExternal' ? { ok: true, upload_url: `http://127.0.0.1:${port}/upload/${file}`, file_id: file }
        : method === 'files.completeUploadExternal' ? { ok: true, files: (call.args.files ?? []).map((f: { id: string; title?: string }) => ({ id: f.id, title: f.title })) }
          : method === 'conversations.history' ? { ok: true, messages: history(), has_more: false }
            : method === 'conversations.replies' ? { ok: true, messages: replies(), has_more: false } : stored);
    const succeeded = (body as { ok?: boolean }).ok && (custom?.status ?? 200) === 200;
    if (method === 'chat.postMessage' && (succeeded || custom?.keep)) (call as SlackCall).ts = (body as { ts?: string }).ts ?? stored.ts;
    res.writeHead(custom?.status ?? 200, { 'content-type': 'application/json', ...(custom?.headers ?? {}) });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id: string) => `http://127.0.0.1:${port}/response/${id}`,
    calls,
    /** Every chat.postMessage call, whether Slack stored the message or not. */
    posted: () => calls.filter((c) => c.method === 'chat.postMessage'),
    /** The file upload sequence of files.uploadV2, in order: get the URL, POST the bytes, complete (share). */
    uploads: () => calls.filter((c) => ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal'].includes(c.method)),
    /** The messages Slack stored: what people in the channel see. */
    stored: () => calls.filter((c) => c.method === 'chat.postMessage' && c.ts),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const SIGNING_SECRET = 'test-signing-secret';

/** Headers Slack would send with this body, signed with the secret at the given time (seconds). */
export function signedHeaders(body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** Posts a signed request to the bot's /slack/events endpoint. */
export async function postToBot(port: number, body: string, contentType: string, extraHeaders: Record<string, string> = {}, timestamp?: number) {
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST', body, headers: { ...signedHeaders(body, contentType, timestamp), ...extraHeaders },
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export const slashBody = (text: string, responseUrl: string, extra: Record<string, string> = {}) => new URLSearchParams({
  token: 'x', team_id: 'T1', team_domain: 'test', channel_id: 'C1', channel_name: 'policy', user_id: 'U1', user_name: 'analyst',
  command: '/brief', text, response_url: responseUrl, trigger_id: '1.2.3', api_app_id: 'A1', ...extra,
}).toString();

export const eventBody = (eventId: string, event: Record<string, unknown>) => JSON.stringify({
  token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1_700_000_000, event,
});

export const actionBody = (actionId: string, value: string, responseUrl: string, channel = 'C1') => new URLSearchParams({
  payload: JSON.stringify({
    type: 'block_actions', user: { id: 'U1', username: 'analyst', team_id: 'T1' }, api_app_id: 'A1', token: 'x',
    team: { id: 'T1', domain: 'test' }, channel: { id: channel, name: 'policy' }, trigger_id: '1.2.3', response_url: responseUrl,
    container: { type: 'message', message_ts: '1.1', channel_id: channel, is_ephemeral: true },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1.2', text: { type: 'plain_text', text: 'x' } }],
  }),
}).toString();
