import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", " (set-cookie kept apart). */
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
}

/**
 * Sends one HTTP/1.1 request exactly as written (method, request target, headers: nothing is
 * normalized or encoded), so tests can send what a browser or fetch() never would.
 */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<RawResponse> {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: localhost:${port}`, 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server may answer and close before reading a huge request (431, 414): the answer still counts.
    socket.on('error', (error) =>
      chunks.length > 0 ? resolve(parse(Buffer.concat(chunks), method === 'HEAD')) : reject(error),
    );
    socket.on('end', () => resolve(parse(Buffer.concat(chunks), method === 'HEAD')));
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

function parse(raw: Buffer, head: boolean): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  const headText = raw.subarray(0, split < 0 ? raw.length : split).toString('latin1');
  const [statusLine, ...headerLines] = headText.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  const setCookies: string[] = [];
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'set-cookie') setCookies.push(value);
    else headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  let body = split < 0 || head ? Buffer.alloc(0) : raw.subarray(split + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  return { status, headers, setCookies, body: body.toString('utf8') };
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
