import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { isCallName, isDownload, isUpload } from '../../../shared/api/contract';
import { httpStatusFor, type Result } from '../../../shared/api/errors';
import type { Dispatch } from '../../services/api/dispatch';
import { securityHeaders } from './securityHeaders';

// A post's document with its undo history is the largest JSON call (a few MB for a long carousel).
const MAX_JSON_BODY = 32 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...securityHeaders,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY) throw new Error('too_large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

/**
 * The upload as its own stream. A cancelled import destroys the stream it reads; were that the
 * request itself, the socket would go with it and the caller would get a dropped connection
 * instead of its `cancelled` answer. A client that disconnects still ends the import.
 */
function uploadBody(req: IncomingMessage): PassThrough {
  const body = new PassThrough();
  req.pipe(body);
  req.on('error', (err) => body.destroy(err));
  req.on('close', () => {
    if (!req.complete) body.destroy(new Error('The upload was interrupted.'));
  });
  return body;
}

/**
 * POST /api/<call>: JSON in and out. Upload calls carry their JSON input in the
 * `x-studio-input` header and the file as the body; download calls answer with raw bytes.
 */
export async function handleApiCall(dispatch: Dispatch, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'invalid_input', 'API calls use POST.');
  if (!isCallName(name)) return sendError(res, 404, 'not_found', `Unknown call: ${name.slice(0, 80)}`);
  let input: unknown;
  let result: Result<unknown>;
  if (isUpload(name)) {
    try {
      input = JSON.parse(decodeURIComponent(String(req.headers['x-studio-input'] ?? '%7B%7D')));
    } catch {
      return sendError(res, 400, 'invalid_input', 'The x-studio-input header is not valid JSON.');
    }
    result = await dispatch(name, input, { upload: { kind: 'stream', stream: uploadBody(req) } });
    // Whatever the client is still sending (after a cancel or an early refusal) is read and
    // dropped, so the answer below reaches it and the connection stays usable.
    req.unpipe();
    req.resume();
  } else {
    try {
      input = await readJson(req);
    } catch (err) {
      const tooLarge = (err as Error).message === 'too_large';
      return sendError(res, tooLarge ? 413 : 400, tooLarge ? 'too_large' : 'invalid_input', tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.');
    }
    result = await dispatch(name, input);
  }
  if (!result.ok) return sendJson(res, httpStatusFor[result.error.code], result);
  if (isDownload(name)) {
    const { mime, data } = result.value as { mime: string; data: Uint8Array };
    res.writeHead(200, {
      'Content-Type': mime,
      'Content-Length': data.byteLength,
      'Cache-Control': 'no-store',
      ...securityHeaders,
    });
    res.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return;
  }
  sendJson(res, 200, result);
}
