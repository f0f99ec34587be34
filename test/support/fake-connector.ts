import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  body: any;
}

/** A loopback Bot Connector service: the `serviceUrl` of test activities. It records what the bot sends. */
export async function startFakeConnector() {
  const calls: ConnectorCall[] = [];
  let id = 0;
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    calls.push({ method: req.method ?? '', path: decodeURIComponent(req.url ?? ''), body: raw ? JSON.parse(raw) : null });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `activity-${++id}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    messages: () => calls.filter((c) => c.body?.type === 'message'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let counter = 0;
/** A Teams message activity as the Bot Connector would post it to the bot. */
export function teamsMessage(serviceUrl: string, text: string, conversation: Record<string, unknown> = { id: 'a:personal-chat', conversationType: 'personal' },
  extra: Record<string, unknown> = {}) {
  counter++;
  return {
    type: 'message', id: `msg-${counter}`, timestamp: new Date().toISOString(), serviceUrl, channelId: 'msteams',
    from: { id: '29:analyst', name: 'Analyst', aadObjectId: 'aad-analyst' }, conversation,
    recipient: { id: '28:policy-brief', name: 'Policy Brief' }, text, locale: 'en-US', textFormat: 'plain', ...extra,
  };
}
