/**
 * The guarded article fetcher: http/https only, every hop's resolved address checked against
 * the address policy (so a DNS name pointing at 10.0.0.1, or a redirect to 127.0.0.1, is
 * refused), at most 5 redirects, a time limit and a size cap.
 *
 * undici does the HTTP; the check sits in its connect-time DNS lookup, which is the address
 * actually dialled (no gap between checking and connecting for DNS rebinding to use).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, request, type Dispatcher } from 'undici';
import ipaddr from 'ipaddr.js';
import { UserError } from '../core/errors.js';
import { isAllowListed, isPublicAddress } from './address-policy.js';

export interface FetchOptions {
  allowHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchedPage {
  /** the final URL after redirects */
  url: string;
  contentType: string;
  status: number;
  body: string;
}

const REFUSED = 'refused_address';

function refusal(host: string): UserError {
  return new UserError(`I can't fetch ${host}: it points to a private or local network address.`, REFUSED);
}

/** A dns.lookup that only yields public addresses (or anything, for an allow-listed host). */
function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { all: true, family: typeof options.family === 'number' ? options.family : 0 }, (err, addresses) => {
      if (err) return callback(err, []);
      // refuse if any address is private: a name that mixes public and private answers is a trick
      if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) {
        return callback(Object.assign(new Error(`refused address for ${hostname}`), { code: REFUSED }), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

export async function fetchPage(rawUrl: string, opts: FetchOptions): Promise<FetchedPage> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  let url = parseHttpUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    const allowPrivate = isAllowListed(url, opts.allowHosts);
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(literal) && !allowPrivate && !isPublicAddress(literal)) throw refusal(url.hostname);
    const agent = new Agent({
      connect: { lookup: guardedLookup(allowPrivate) as never, timeout: opts.timeoutMs },
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
    try {
      const res = await send(url, agent, deadline, opts);
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        if (hop >= maxRedirects) throw new UserError(`Too many redirects (more than ${maxRedirects}).`, 'too_many_redirects');
        url = parseHttpUrl(new URL(String(res.headers.location), url).toString());
        continue;
      }
      return await readPage(url, res, opts.maxBytes, deadline);
    } finally {
      void agent.close();
    }
  }
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`That is not a valid URL: ${raw.slice(0, 100)}`, 'bad_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`Only http and https links can be fetched (got ${url.protocol.replace(':', '')}).`, 'bad_url');
  }
  if (url.username || url.password) throw new UserError('Links with a user name or password are not fetched.', 'bad_url');
  return url;
}

async function send(url: URL, agent: Agent, signal: AbortSignal, opts: FetchOptions): Promise<Dispatcher.ResponseData> {
  try {
    // undici 7's request() never follows redirects itself: we do, checking every hop
    return await request(url, {
      dispatcher: agent,
      signal,
      headers: {
        'user-agent': opts.userAgent ?? 'Nutgraf/0.1 (newsroom summary bot)',
        accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
      },
    });
  } catch (e) {
    throw translateNetworkError(e, url, signal);
  }
}

function translateNetworkError(e: unknown, url: URL, signal?: AbortSignal): Error {
  if (e instanceof UserError) return e;
  if (signal?.aborted) return new UserError(`${url.hostname} took too long to answer.`, 'timeout');
  const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code ?? err.name;
  if (code === REFUSED) return refusal(url.hostname);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UserError(`I can't find the site ${url.hostname}.`, 'not_found');
  if (code === 'ECONNREFUSED') return new UserError(`${url.hostname} refused the connection.`, 'unreachable');
  if (code === 'TimeoutError' || code === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new UserError(`${url.hostname} took too long to answer.`, 'timeout');
  }
  return new UserError(`I couldn't fetch that page (${code ?? 'network error'}).`, 'fetch_failed');
}

async function readPage(url: URL, res: Dispatcher.ResponseData, maxBytes: number, signal: AbortSignal): Promise<FetchedPage> {
  const status = res.statusCode;
  if (status === 401 || status === 402 || status === 403) {
    await res.body.dump();
    throw new UserError(`${url.hostname} would not give me the page (HTTP ${status}): it may be paywalled or need a login. Paste the text instead.`, 'paywall');
  }
  if (status === 404 || status === 410) {
    await res.body.dump();
    throw new UserError(`That page does not exist (HTTP ${status}).`, 'not_found');
  }
  if (status >= 400) {
    await res.body.dump();
    throw new UserError(`${url.hostname} answered with an error (HTTP ${status}).`, 'http_error');
  }
  const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
  if (!/text\/html|application\/xhtml\+xml|text\/plain/.test(contentType)) {
    await res.body.dump();
    throw new UserError(`That link is not a web page (${contentType.split(';')[0] || 'unknown type'}). Paste the article text instead.`, 'not_html');
  }
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    await res.body.dump();
    throw tooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.body.destroy();
        throw tooLarge(maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    throw translateNetworkError(e, url, signal);
  }
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1] ?? 'utf-8';
  let body: string;
  try {
    body = new TextDecoder(charset).decode(Buffer.concat(chunks));
  } catch {
    body = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  }
  return { url: url.toString(), contentType, status, body };
}

function tooLarge(maxBytes: number): UserError {
  return new UserError(`That page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; I don't fetch pages that big.`, 'too_large');
}
