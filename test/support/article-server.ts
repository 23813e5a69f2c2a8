/**
 * A local HTTP server for ingestion tests: serves articles as HTML, redirects, slow and huge
 * responses, and whatever a test registers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface ArticleServer {
  url(path: string): string;
  host: string;
  port: number;
  route(path: string, handler: Route): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export function articleHtml(title: string, paragraphs: string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${escape(title)}</title>
<meta property="article:published_time" content="2023-05-11T08:00:00Z"></head>
<body><nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><h1>${escape(title)}</h1><p class="byline">By Test Reporter</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><footer>© Test News. Share this with Email Facebook Twitter.</footer></body></html>`;
}

export async function startArticleServer(): Promise<ArticleServer> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>not found</body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function html(body: string, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
}
