import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';
import type { MeetingView, ScreenView } from './jury.schema.ts';
import { demoMeeting, jurorPhones, ok } from './jury.test-support.ts';

let t: TestContext;
let meeting: MeetingView;
let origin: string;

beforeAll(async () => {
  t = await createTestContext();
  meeting = await demoMeeting(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => t.close());

async function cookieOf(username: string) {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** An SSE client over a real connection: each `state` event's data, in order. */
async function openStream(cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${origin}/api/jury/meetings/${meeting.id}/live`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const states: ScreenView[] = [];
  const waiters: (() => void)[] = [];
  const done = (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (block.includes('event: state') && data) {
            states.push(JSON.parse(data.slice(6)) as ScreenView);
            for (const w of waiters.splice(0)) w();
          }
          cut = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  /** Resolves with the first state (from now on or already received) that passes `test`. */
  const until = async (test: (s: ScreenView) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = states.find(test);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no such state in ${ms} ms; last: ${JSON.stringify(states.at(-1))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  return { res, states, until, close: () => controller.abort(), done };
}

describe('the live screen over Server-Sent Events', () => {
  it('refuses a juror, and is text/event-stream for the office', async () => {
    const juror = await fetch(`${origin}/api/jury/meetings/${meeting.id}/live`, {
      headers: { cookie: await cookieOf('juror') },
    });
    expect(juror.status).toBe(403);
    const stream = await openStream(await cookieOf('office'));
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const first = await stream.until(() => true);
    expect(first).toMatchObject({ status: 'setup', current: null });
    stream.close();
  });

  it('pushes who reports, the count of scores (never who or what) and the result the moment it is complete', async () => {
    const phones = await jurorPhones(t, meeting);
    const office = await t.as('office');
    const stream = await openStream(await cookieOf('leader'));
    await stream.until(() => true);
    meeting = ok(await office.post(`/api/jury/meetings/${meeting.id}/start`)) as MeetingView;
    const first = meeting.reporters[0]!;
    const running = await stream.until((s) => s.current?.position === 1);
    expect(running.current).toMatchObject({ name: first.name, scored: 0 });
    const scorers = meeting.jurors.filter((j) => !j.ties.some((x) => x.villageId === first.villageId));
    expect(running.current!.recused).toBe(meeting.jurors.length - scorers.length);
    for (const [i, j] of scorers.entries()) {
      const sent = Date.now();
      ok(
        await phones
          .get(j.name)!
          .post(`/api/jury/meetings/${meeting.id}/scores`, { reporterId: first.id, total: 80 + i }),
        201,
      );
      const seen = await stream.until((s) => s.current?.scored === i + 1);
      expect(Date.now() - sent).toBeLessThan(2000);
      expect(JSON.stringify(seen)).not.toContain(j.name);
      if (i < scorers.length - 1) expect(seen.reporters[0]!.score).toBeNull();
    }
    const complete = await stream.until((s) => s.reporters[0]!.score !== null);
    expect(complete.reporters[0]!.counted).toBe(scorers.length);
    stream.close();
  });

  it('a reconnecting screen gets the full state at once', async () => {
    const again = await openStream(await cookieOf('office'));
    const state = await again.until(() => true);
    expect(state.status).toBe('running');
    expect(state.reporters[0]!.score).not.toBeNull();
    expect(state.current?.position).toBe(1);
    again.close();
  });
});
