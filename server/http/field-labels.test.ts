import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MODULES, registerModuleRoutes } from '../modules/index.ts';
import type { ModuleDefinition } from '../modules/module.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import type { App } from './app.ts';
import { registerErrorHandler } from './error-handler.ts';
import { describeIssue, type FieldLabels, labelField } from './validation.ts';

describe('a module’s field labels name its own fields only', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('names a pledge’s title 承诺事项 and a meeting’s title by its own label', async () => {
    const cadre = await t.as('cadre');
    const pledge = await cadre.post(`/api/pledging/participants/${randomUUID()}/pledges`, {
      category: '经济发展',
      title: '',
      content: '内容',
      completionStandard: '标准',
      dueDate: '2027-10-01',
    });
    expect(pledge.statusCode).toBe(400);
    expect(pledge.json().error).toMatchObject({ field: 'title', message: '“承诺事项”：不能为空' });

    const meeting = await (await t.as('clerk')).post('/api/meetings', {
      villageId: randomUUID(),
      kind: 'villager_assembly',
      title: '',
    });
    expect(meeting.statusCode).toBe(400);
    expect(meeting.json().error).toMatchObject({ field: 'title', message: '“标题”：请填写标题' });
  });

  it('names a field no module labels by a common label', async () => {
    const res = await (await t.as('office')).post('/api/campaigns', { year: 'next' });
    expect(res.json().error).toMatchObject({ field: 'year' });
    expect(res.json().error.message).toMatch(/^“年度”：/);
  });
});

describe('two modules declaring the same field name', () => {
  const body = z.strictObject({ title: z.string().min(1, '不能为空') });
  const moduleWith = (name: string, label: string): ModuleDefinition => ({
    name,
    label: name,
    fieldLabels: { title: label },
    routes: async (app) => {
      app.post(`/${name}`, { schema: { body } }, async () => ({ ok: true }));
    },
  });
  let app: App;
  beforeAll(async () => {
    app = Fastify().withTypeProvider<ZodTypeProvider>() as unknown as App;
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    await registerModuleRoutes(app, [moduleWith('first', '承诺事项'), moduleWith('second', '会议名称')]);
    await app.ready();
  });
  afterAll(() => app.close());

  it('keeps each module’s own label, whichever was declared last', async () => {
    for (const [url, label] of [
      ['/first', '承诺事项'],
      ['/second', '会议名称'],
    ] as const) {
      const res = await app.inject({ method: 'POST', url, payload: { title: '' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(`“${label}”：不能为空`);
    }
  });
});

/** Every field path a request schema names: object keys, through optional, nullable and array wrappers. */
function fieldPaths(schema: unknown, prefix = ''): string[] {
  const s = schema as
    | { shape?: Record<string, unknown>; unwrap?: () => unknown; element?: unknown }
    | undefined;
  if (!s) return [];
  if (s.shape)
    return Object.entries(s.shape).flatMap(([k, v]) => [prefix + k, ...fieldPaths(v, `${prefix}${k}.`)]);
  if (s.element) return fieldPaths(s.element, prefix);
  return typeof s.unwrap === 'function' ? fieldPaths(s.unwrap(), prefix) : [];
}

describe('every request field of every module', () => {
  it('has a Chinese label, from its module or the common ones', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>() as unknown as App;
    type Seen = {
      name: string;
      schema: Record<string, unknown>;
      route: { config?: { fieldLabels?: FieldLabels } };
    };
    const routes: Seen[] = [];
    app.addHook('onRoute', (route) => {
      // Kept by reference: the module's own onRoute hook sets config.fieldLabels after this one runs.
      routes.push({ name: `${route.method} ${route.url}`, schema: { ...route.schema }, route });
    });
    await registerModuleRoutes(app, MODULES);
    const unlabelled = routes.flatMap((seen) =>
      ['body', 'params', 'querystring'].flatMap((part) =>
        fieldPaths(seen.schema[part])
          .filter((path) => labelField(path, seen.route.config?.fieldLabels) === path)
          .map((path) => `${seen.name} ${part}.${path}`),
      ),
    );
    expect(unlabelled).toEqual([]);
    await app.close();
  });
});

describe('labelField and describeIssue', () => {
  const labels = { title: '承诺事项', 'config.grades.label': '不用', 'config.grades.0.label': '等次名称' };

  it.each([
    ['title', '承诺事项'],
    ['config.grades.0.label', '等次名称'],
    ['items.3.title', '承诺事项'],
    ['reason', '原因'],
    ['unknownField', 'unknownField'],
  ])('labels %s as %s', (path, expected) => {
    expect(labelField(path, labels)).toBe(expected);
  });

  it('prefers the module’s label to the common one', () => {
    expect(labelField('name', { name: '会议名称' })).toBe('会议名称');
    expect(labelField('name')).toBe('名称');
  });

  it('names an unknown key and a whole-body problem without labels', () => {
    expect(
      describeIssue({ path: [], message: 'x', code: 'unrecognized_keys', keys: ['color'] }, 'body'),
    ).toEqual({ field: 'color', message: '不认识的字段“color”' });
    expect(describeIssue({ path: [], message: '格式不正确' }, 'body', labels)).toEqual({
      field: 'body',
      message: '请求内容：格式不正确',
    });
  });
});
