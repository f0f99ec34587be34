import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake OpenAI-compatible endpoint received, with its parsed JSON body. */
export interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export type FakeReply =
  | { kind: 'stream'; chunks: string[]; usage?: object }
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; status: number; contentType: string; body: string }
  | { kind: 'hang' };

/** The passages the bot sent, by number, parsed back out of the user message. */
export function passagesOf(request: ReceivedRequest): Map<number, string> {
  const user = request.body.messages.find((m: { role: string }) => m.role === 'user').content as string;
  const out = new Map<number, string>();
  for (const m of user.matchAll(/<passage n="(\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)) out.set(Number(m[1]), m[2] as string);
  return out;
}

/** A loopback server speaking the chat-completions wire format (SSE when asked to stream). */
export async function startFakeOpenAi(respond: (request: ReceivedRequest, index: number) => FakeReply) {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const request = { path: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : null };
    received.push(request);
    const reply = respond(request, received.length - 1);
    if (reply.kind === 'hang') return;
    if (reply.kind === 'json') {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
      res.end(JSON.stringify(reply.body));
      return;
    }
    if (reply.kind === 'raw') {
      res.writeHead(reply.status, { 'content-type': reply.contentType });
      res.end(reply.body);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1, model: request.body.model };
    for (const piece of reply.chunks) {
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
    }
    res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
    if (reply.usage) res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: reply.usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Splits a reply into a few stream chunks, as a real endpoint would. */
export function streamOf(content: string, pieces = 3): FakeReply {
  const size = Math.ceil(content.length / pieces);
  const chunks = Array.from({ length: pieces }, (_, i) => content.slice(i * size, (i + 1) * size)).filter(Boolean);
  return { kind: 'stream', chunks, usage: { prompt_tokens: 900, completion_tokens: 60, total_tokens: 960 } };
}
