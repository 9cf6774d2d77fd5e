import type { ServerResponse } from 'node:http';
import type { StudioEvent } from '../../../shared/api/events';
import { securityHeaders } from './securityHeaders';

/** GET /api/events: server-sent events, so the page hears job progress and library changes. */
export function openEventStream(res: ServerResponse, subscribe: (l: (e: StudioEvent) => void) => () => void): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    ...securityHeaders,
  });
  res.write(': connected\n\n');
  const unsubscribe = subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  const close = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  res.on('close', close);
  return close;
}
