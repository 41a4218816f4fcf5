import { and, eq } from 'drizzle-orm';
import { campaigns, users } from '../../db/schema/index.ts';
import { CSRF_HEADER } from '../../http/auth.ts';
import type { Client, TestContext } from '../../test/harness.ts';
import { hashPassword } from '../auth/password.ts';
import { DEMO_PASSWORD, DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { ok } from '../pledges/pledges.test-support.ts';
import type { MeetingView } from './jury.schema.ts';

export { ok };

/** The demo's 2026 meeting of 愚公乡 (set up by the demo, not started). */
export async function demoMeeting(t: TestContext): Promise<MeetingView> {
  const townshipId = t.demo.townshipIds[DEMO_TOWNSHIP]!;
  const [campaign] = await t.database.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, townshipId), eq(campaigns.year, 2026)));
  const office = await t.as('office');
  const { meeting } = ok(await office.get(`/api/jury/campaigns/${campaign!.id}/meeting`)) as {
    meeting: MeetingView;
  };
  return meeting;
}

/** A second office account of 愚公乡 (corrections and paper entries need two people). */
export async function secondOffice(t: TestContext, username = 'office_b'): Promise<Client> {
  const [office] = await t.database.db.select().from(users).where(eq(users.username, 'office'));
  const [exists] = await t.database.db.select().from(users).where(eq(users.username, username));
  if (!exists) {
    await t.database.db.insert(users).values({
      countyId: office!.countyId,
      townshipId: office!.townshipId,
      username,
      displayName: '王秀芝（乡考评办）',
      role: 'township_office',
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
  }
  return t.as(username);
}

/** A client signed in by a QR slip's code (as a juror's phone after scanning). */
export async function signInWithCode(t: TestContext, code: string): Promise<Client> {
  const res = await t.app.inject({ method: 'POST', url: '/api/jury/sign-in', payload: { code } });
  if (res.statusCode !== 200) throw new Error(`sign-in: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies as { name: string; value: string }[];
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = cookies.find((c) => c.name === 'vp_csrf')?.value ?? '';
  const request: Client['request'] = (opts) =>
    t.app.inject({ ...opts, headers: { cookie, [CSRF_HEADER]: csrf, ...opts.headers } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) =>
      request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** Phones for every juror of the meeting, by name: the demo `juror` login, the others by fresh QR slips. */
export async function jurorPhones(t: TestContext, meeting: MeetingView): Promise<Map<string, Client>> {
  const office = await t.as('office');
  const phones = new Map<string, Client>();
  const slipJurors = meeting.jurors.filter((j) => j.signIn !== 'account');
  if (slipJurors.length) {
    const { slips } = ok(
      await office.post(`/api/jury/meetings/${meeting.id}/slips`, { jurorIds: slipJurors.map((j) => j.id) }),
    ) as { slips: { name: string; code: string }[] };
    for (const s of slips) phones.set(s.name, await signInWithCode(t, s.code));
  }
  for (const j of meeting.jurors.filter((x) => x.signIn === 'account'))
    phones.set(j.name, await t.as('juror'));
  return phones;
}
