import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import {
  endPositionBody,
  idParams,
  personBody,
  personItem,
  personPatch,
  positionBody,
  positionItem,
  townshipItem,
  villageBody,
  villageDetail,
  villageItem,
  villagePatch,
  villagesQuery,
} from './org.schema.ts';
import { createPerson, updatePerson } from './persons.service.ts';
import { appoint, endPosition } from './positions.service.ts';
import { rosterRoutes } from './roster.routes.ts';
import { getVillageDetail } from './village-detail.service.ts';
import { createVillage, listTownships, listVillages, updateVillage } from './villages.service.ts';

const tags = ['org'];
const read = { permission: 'org.read' as const };
const write = { permission: 'org.write' as const };

/** Org structure: townships, villages, persons and their dated posts; the roster import lives beside. */
export async function orgRoutes(app: App) {
  app.get(
    '/townships',
    { config: read, schema: { tags, summary: '乡镇列表', response: { 200: z.array(townshipItem) } } },
    async (req) => listTownships(app.database.db, actorOf(req).scope),
  );

  app.get(
    '/villages',
    {
      config: read,
      schema: {
        tags,
        summary: '村列表（含现任书记、主任）',
        querystring: villagesQuery,
        response: { 200: z.array(villageItem) },
      },
    },
    async (req) => listVillages(app.database.db, actorOf(req).scope, req.query),
  );

  app.post(
    '/villages',
    { config: write, schema: { tags, summary: '新增村', body: villageBody, response: { 200: villageItem } } },
    async (req) => useCase(req, (tx, actor) => createVillage(tx, actor, req.body)),
  );

  app.get(
    '/villages/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '村详情（人员、任职记录）',
        params: idParams,
        response: { 200: villageDetail },
      },
    },
    async (req) => getVillageDetail(app.database.db, actorOf(req).scope, req.params.id),
  );

  app.patch(
    '/villages/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改村信息',
        params: idParams,
        body: villagePatch,
        response: { 200: villageItem },
      },
    },
    async (req) => useCase(req, (tx, actor) => updateVillage(tx, actor, req.params.id, req.body)),
  );

  app.post(
    '/persons',
    { config: write, schema: { tags, summary: '新增人员', body: personBody, response: { 200: personItem } } },
    async (req) => useCase(req, (tx, actor) => createPerson(tx, actor, req.body)),
  );

  app.patch(
    '/persons/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改人员信息',
        params: idParams,
        body: personPatch,
        response: { 200: personItem },
      },
    },
    async (req) => useCase(req, (tx, actor) => updatePerson(tx, actor, req.params.id, req.body)),
  );

  app.post(
    '/positions',
    {
      config: write,
      schema: {
        tags,
        summary: '任职（原任者于前一日离任）',
        body: positionBody,
        response: { 200: positionItem },
      },
    },
    async (req) => useCase(req, (tx, actor) => appoint(tx, actor, req.body)),
  );

  app.post(
    '/positions/:id/end',
    {
      config: write,
      schema: {
        tags,
        summary: '离任',
        params: idParams,
        body: endPositionBody,
        response: { 200: positionItem },
      },
    },
    async (req) => useCase(req, (tx, actor) => endPosition(tx, actor, req.params.id, req.body.endDate)),
  );

  await app.register(rosterRoutes);
}
