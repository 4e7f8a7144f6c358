// Browser mode as Chromium sees it: the printed link's token leaves the address bar and the HttpOnly
// cookie carries the session; a page on another localhost port, which the SameSite cookie does not
// keep out (same site, other port), cannot make the engine import anything.
import { createServer, type Server } from 'node:http';
import { DELETIONS_CHAT, deletionsChat } from '../fixtures/whatsapp';
import { expect, test } from './case-fixture';

let otherSite: Server;
let otherPort: number;

test.beforeEach(async () => {
  otherSite = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>another local app</title>'));
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherPort = (otherSite.address() as { port: number }).port;
});
test.afterEach(async () => {
  await new Promise<void>((resolve) => otherSite.close(() => resolve()));
});

test('the token leaves the address bar; the HttpOnly cookie keeps the session through a reload', async ({ page, context, server, problems }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: `threadline_token_${new URL(server.url).port}`, httpOnly: true, sameSite: 'Strict' });

  await page.reload();
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  expect(await page.evaluate(async () => (await (window as unknown as { api: { caseInfo(a: object): Promise<{ ok: boolean }> } }).api.caseInfo({})).ok)).toBe(true);
  expect(problems).toEqual([]);
});

test('a page on another localhost port is refused, though the browser sends it the cookie', async ({ page, context, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  const chat = server.write(DELETIONS_CHAT.name, deletionsChat());

  const other = await context.newPage();
  await other.goto(`http://127.0.0.1:${otherPort}/`);
  const api = `${new URL(server.url).origin}/api/importArchive`;
  // A "simple" request: no preflight, so only the server's own checks stand in its way.
  const [refusal] = await Promise.all([
    other.waitForResponse(api),
    other.evaluate(
      ({ url, path }) => fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ paths: [path] }) }),
      { url: api, path: chat },
    ),
  ]);
  // Chromium sends this request the session cookie (Playwright does not show it): only the Origin
  // and Sec-Fetch-Site checks refuse it.
  expect(refusal.status()).toBe(403);

  const sources = await page.evaluate(async () => {
    const info = await (window as unknown as { api: { caseInfo(a: object): Promise<{ ok: true; value: { sourceCount: number } }> } }).api.caseInfo({});
    return info.value.sourceCount;
  });
  expect(sources).toBe(0);
});
