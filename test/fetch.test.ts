import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, type FetchOptions } from '../src/ingest/fetch.js';
import { extractArticle } from '../src/ingest/extract.js';
import { isPublicAddress, isAllowListed } from '../src/ingest/address-policy.js';
import { UserError } from '../src/core/errors.js';
import { articleHtml, html, startArticleServer, type ArticleServer } from './support/article-server.js';
import { HARBOUR_STORY } from './support/texts.js';

let server: ArticleServer;
const allowed = (): FetchOptions => ({ allowHosts: [server.host], timeoutMs: 2000, maxBytes: 200_000 });
const strict: FetchOptions = { allowHosts: [], timeoutMs: 2000, maxBytes: 200_000 };

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

beforeAll(async () => {
  server = await startArticleServer();
  server.route('/story', html(articleHtml('Harbour bridge to close', HARBOUR_STORY)));
  server.route('/to-loopback', (_req, res) => {
    res.writeHead(302, { location: `http://127.0.0.1:${server.port}/story` });
    res.end();
  });
  server.route('/to-story', (_req, res) => {
    res.writeHead(301, { location: '/story' });
    res.end();
  });
  server.route('/loop', (_req, res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  });
  server.route('/pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4');
  });
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<html><body>${'<p>word </p>'.repeat(40_000)}</body></html>`);
  });
  server.route('/slow', () => {
    /* never answers */
  });
  server.route('/paywall', html('<html><body><article><h1>Big scoop</h1><p>The first line of a story.</p><div class="paywall">Subscribe to continue reading.</div></article></body></html>'));
  server.route('/forbidden', html('denied', 403));
  server.route('/menu', html('<html><head><title>Home</title></head><body><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></body></html>'));
});
afterAll(() => server.close());

describe('address policy', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '224.0.0.1', '0.0.0.0', '::1', 'fe80::1', 'fc00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])(
    'refuses %s',
    (ip) => expect(isPublicAddress(ip)).toBe(false),
  );
  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111'])('accepts public %s', (ip) => expect(isPublicAddress(ip)).toBe(true));
  it('matches the allow-list by host and optional port', () => {
    expect(isAllowListed(new URL('http://cms.internal:8080/x'), ['cms.internal:8080'])).toBe(true);
    expect(isAllowListed(new URL('http://cms.internal:8081/x'), ['cms.internal:8080'])).toBe(false);
    expect(isAllowListed(new URL('http://cms.internal/x'), ['cms.internal'])).toBe(true);
    expect(isAllowListed(new URL('http://other/x'), [])).toBe(false);
  });
});

describe('guarded fetch', () => {
  it('fetches and extracts an article from an allow-listed local server', async () => {
    const page = await fetchPage(server.url('/story'), allowed());
    const article = extractArticle(page.body, page.url);
    expect(article.title).toBe('Harbour bridge to close');
    expect(article.text).toContain('We cannot ask people to drive over a bridge');
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
    expect(article.text).not.toContain('Share this with');
    expect(article.published).toBe('2023-05-11T08:00:00.000Z');
  });

  it('follows a relative redirect on an allowed host', async () => {
    const page = await fetchPage(server.url('/to-story'), allowed());
    expect(page.url).toBe(server.url('/story'));
  });

  it('refuses loopback when it is not allow-listed', async () => {
    expect((await refusal(fetchPage(server.url('/story'), strict))).code).toBe('refused_address');
  });

  it('refuses a name that resolves to a private address', async () => {
    expect((await refusal(fetchPage(`http://localhost:${server.port}/story`, strict))).code).toBe('refused_address');
  });

  it('refuses a redirect from an allowed host to 127.0.0.1, which is not allowed', async () => {
    const viaName: FetchOptions = { ...strict, allowHosts: [`localhost:${server.port}`] };
    // the allowed host itself is fetched…
    expect((await fetchPage(`http://localhost:${server.port}/story`, viaName)).status).toBe(200);
    // …but its redirect to a loopback address is checked again and refused
    const e = await refusal(fetchPage(`http://localhost:${server.port}/to-loopback`, viaName));
    expect(e.code).toBe('refused_address');
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://10.0.0.1/'])('refuses %s without connecting', async (url) => {
    expect((await refusal(fetchPage(url, strict))).code).toBe('refused_address');
  });

  it.each(['ftp://example.com/a', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url'])('refuses %s as not http(s)', async (url) => {
    expect((await refusal(fetchPage(url, strict))).code).toBe('bad_url');
  });

  it('stops after 5 redirects', async () => {
    expect((await refusal(fetchPage(server.url('/loop'), allowed()))).code).toBe('too_many_redirects');
  });

  it('refuses non-HTML', async () => {
    const e = await refusal(fetchPage(server.url('/pdf'), allowed()));
    expect(e.code).toBe('not_html');
    expect(e.message).toContain('application/pdf');
  });

  it('caps the size', async () => {
    expect((await refusal(fetchPage(server.url('/huge'), allowed()))).code).toBe('too_large');
  });

  it('times out', async () => {
    const e = await refusal(fetchPage(server.url('/slow'), { ...allowed(), timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
  });

  it('explains a 403 as a possible paywall and a 404 as missing', async () => {
    expect((await refusal(fetchPage(server.url('/forbidden'), allowed()))).code).toBe('paywall');
    expect((await refusal(fetchPage(server.url('/nowhere'), allowed()))).code).toBe('not_found');
  });
});

describe('extraction', () => {
  it('recognises a paywalled teaser', async () => {
    const page = await fetchPage(server.url('/paywall'), allowed());
    expect(() => extractArticle(page.body, page.url)).toThrow(/paywalled/);
  });

  it('says a navigation page is not an article', async () => {
    const page = await fetchPage(server.url('/menu'), allowed());
    expect(() => extractArticle(page.body, page.url)).toThrow(/doesn't look like an article/);
  });
});
