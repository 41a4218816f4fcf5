import { z } from 'zod';
import type { App } from '../../http/app.ts';
import { actorOf } from '../../http/auth.ts';
import { useCase } from '../../http/use-case.ts';
import {
  accountBody,
  accountItem,
  accountSlip,
  accountsQuery,
  bulkBody,
  idParams,
  managedRoles,
  rosterPerson,
  slipsResponse,
} from './accounts.schema.ts';
import {
  createAccount,
  createAccounts,
  listAccounts,
  managedRolesOf,
  type PreparedPassword,
  preparePassword,
  resetAccount,
  rosterPeople,
  setDisabled,
} from './accounts.service.ts';

const tags = ['accounts'];
const manage = { permission: 'account.manage' as const };

/**
 * Accounts of the township's people (by its office) and of offices and the county (by the county
 * administrator). First passwords are drawn and hashed before each use case's transaction and
 * returned once, for the printed slip.
 */
export async function accountsRoutes(app: App) {
  app.get(
    '/accounts',
    {
      config: manage,
      schema: {
        tags,
        summary: '账号列表',
        querystring: accountsQuery,
        response: { 200: z.array(accountItem) },
      },
    },
    async (req) => listAccounts(app.database.db, actorOf(req), req.query),
  );

  app.get(
    '/accounts/roles',
    { config: manage, schema: { tags, summary: '可开设的账号角色', response: { 200: managedRoles } } },
    async (req) => managedRolesOf(actorOf(req)),
  );

  app.get(
    '/accounts/people',
    {
      config: manage,
      schema: { tags, summary: '名册人员及其账号', response: { 200: z.array(rosterPerson) } },
    },
    async (req) => rosterPeople(app.database.db, actorOf(req)),
  );

  app.post(
    '/accounts',
    {
      config: manage,
      schema: { tags, summary: '开设账号', body: accountBody, response: { 200: accountSlip } },
    },
    async (req) => {
      const password = await preparePassword(req.body.username);
      return useCase(req, (tx, actor) => createAccount(tx, actor, req.body, password));
    },
  );

  app.post(
    '/accounts/bulk',
    {
      config: manage,
      schema: { tags, summary: '按名册批量开设账号', body: bulkBody, response: { 200: slipsResponse } },
    },
    async (req) => {
      const passwords: PreparedPassword[] = [];
      for (const body of req.body.accounts) passwords.push(await preparePassword(body.username));
      const slips = await useCase(req, (tx, actor) =>
        createAccounts(tx, actor, req.body.accounts, passwords),
      );
      return { slips };
    },
  );

  app.post(
    '/accounts/:id/reset',
    {
      config: manage,
      schema: { tags, summary: '重置密码（新的初始密码）', params: idParams, response: { 200: accountSlip } },
    },
    async (req) => {
      const password = await preparePassword();
      return useCase(req, (tx, actor) => resetAccount(tx, actor, req.params.id, password));
    },
  );

  app.post(
    '/accounts/:id/deactivate',
    {
      config: manage,
      schema: { tags, summary: '停用账号', params: idParams, response: { 200: accountItem } },
    },
    async (req) => useCase(req, (tx, actor) => setDisabled(tx, actor, req.params.id, true)),
  );

  app.post(
    '/accounts/:id/reactivate',
    {
      config: manage,
      schema: { tags, summary: '启用账号', params: idParams, response: { 200: accountItem } },
    },
    async (req) => useCase(req, (tx, actor) => setDisabled(tx, actor, req.params.id, false)),
  );
}
