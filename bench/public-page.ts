/**
 * The public village page's throughput over HTTP (autocannon): each page view is its HTML
 * (GET /public/villages/<id>, the built village/index.html) and its data (GET /api/public/villages/<id>/board),
 * beside a bare Fastify route returning the same bytes with the same content types, in the same run.
 * The page is 愚公村's during solicitation: five drafts of its secretary, with the opinion form.
 * Usage: tsx bench/public-page.ts   (PGlite, and PostgreSQL too when DATABASE_URL is set)
 */
import { buildApp } from '../server/http/app.ts';
import { loadDemo } from '../server/modules/demo/demo.service.ts';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data.ts';
import { openBenchDatabase } from './bench-db.ts';
import {
  benchKinds,
  buildWeb,
  compareWithBare,
  fetchBytes,
  listen,
  pageAmount,
  reportComparison,
  timeRequests,
} from './page-bench.ts';

process.env.VP_FAST_HASH = '1';

/** A signed-in client of the app (cookie and CSRF token), for setting up the bench village. */
async function signIn(url: string, username: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('vp_csrf='))?.slice('vp_csrf='.length) ?? '';
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        cookie: cookies.join('; '),
        'x-csrf-token': csrf,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

const PLEDGES = [
  '村东生产路硬化800米',
  '新建村民文化广场',
  '建成村集体光伏电站',
  '整治村内河道两公里',
  '新增公益岗位十个',
];

/**
 * 愚公村 as a villager finds it during solicitation: the 2027 campaign in its 承诺 phase and the
 * secretary's five drafts published for opinions (the demo has no pledges of its own).
 */
async function solicitingVillage(url: string, villageId: string) {
  const office = await signIn(url, 'office');
  const campaigns = (await office('GET', '/campaigns')) as { id: string; year: number; phase: string }[];
  const campaign = campaigns.find((c) => c.year === 2027);
  if (!campaign) throw new Error('the demo has no 2027 campaign');
  if (campaign.phase === 'setup')
    await office('POST', `/campaigns/${campaign.id}/transition`, { to: 'pledging' });
  const people = (await office('GET', `/campaigns/${campaign.id}/participants`)) as {
    id: string;
    name: string;
  }[];
  const participant = people.find((p) => p.name === '李建国');
  if (!participant) throw new Error('李建国 is not a participant');
  const cadre = await signIn(url, 'cadre');
  for (const title of PLEDGES) {
    await cadre('POST', `/pledging/participants/${participant.id}/pledges`, {
      category: '民生实事',
      title,
      content: `${title}，资金由村集体和上级项目资金共同承担，按期保质完成，完成后张榜公布。`,
      completionStandard: '按期完成并经村务监督委员会和群众代表验收合格',
      dueDate: '2027-11-30',
    });
  }
  const { set } = (await cadre('GET', `/pledging/participants/${participant.id}`)) as { set: { id: string } };
  await cadre('POST', `/pledge-sets/${set.id}/solicit`);
  return villageId;
}

export async function benchPublicPage(kind: 'pglite' | 'postgres', amount: number) {
  const web = await buildWeb();
  const database = await openBenchDatabase(kind);
  const demo = await loadDemo(database);
  const app = await buildApp({ database, rateLimitPerMinute: 1_000_000_000, webDir: web.dir });
  timeRequests(app);
  try {
    const url = await listen(app);
    const villageId = await solicitingVillage(url, demo.villageIds.愚公村 ?? '');
    const pagePath = `/public/villages/${villageId}`;
    const dataPath = `/api/public/villages/${villageId}/board`;
    const html = await fetchBytes(url + pagePath);
    if (!html.body.toString('utf8').includes('村干部承诺'))
      throw new Error(`${pagePath} is not the village page`);
    return { kind, ...(await compareWithBare(url, [pagePath, dataPath], amount, 'village page + its API')) };
  } finally {
    await app.close();
    await database.close();
    web.done();
  }
}

export const report = (run: Awaited<ReturnType<typeof benchPublicPage>>) =>
  reportComparison(
    `public village page, ${run.kind} (HTML ${run.sizes[0]} B + JSON ${run.sizes[1]} B per view)`,
    run,
    2,
  );

export async function main() {
  for (const kind of benchKinds()) console.log(report(await benchPublicPage(kind, pageAmount())));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
