import request from 'supertest';
import { EvidenceService } from '#libs/evidence';
import { actorFor, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/** Unpublished work, and the accounts behind it, stay with those who work on the ledger. */
let t: TestApp;
let researcher: TestAccount;
let organizer: TestAccount;
let draftId: string;
const TITLE = 'A draft nobody outside the ledger may read';

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  researcher = await createAccount(t, 'researcher');
  organizer = await createAccount(t, 'organizer');
  draftId = (await t.app.get(EvidenceService).create(actorFor(researcher), supermicroCase({ title: TITLE }))).id;
});
afterAll(() => t?.close());

test('an organizer reads neither the history of a draft nor its title on the dashboard', async () => {
  const { agent } = await signIn(t, organizer);
  await agent.get(`/console/history/evidence/${draftId}`).expect(404);
  const dashboard = await agent.get('/console').expect(200);
  expect(dashboard.text).not.toContain(TITLE);
  expect(dashboard.text).not.toContain(researcher.email);
  const item = await agent.get(`/console/evidence/${draftId}`);
  expect(item.status).toBe(404);
});

test('a researcher reads both', async () => {
  const { agent } = await signIn(t, researcher);
  const history = await agent.get(`/console/history/evidence/${draftId}`).expect(200);
  expect(history.text).toContain(TITLE);
  expect((await agent.get('/console').expect(200)).text).toContain(researcher.email);
});

test('what a signed-in person sees is never kept by a shared cache; the public page may be', async () => {
  const { agent } = await signIn(t, researcher);
  const preview = await agent.get(`/evidence/${draftId}`).expect(200);
  expect(preview.headers['cache-control']).toBe('private, no-store');
  expect(preview.headers.vary).toMatch(/Cookie/);
  const anonymous = await request(t.server).get(`/evidence/${draftId}`).expect(404);
  expect(anonymous.text).not.toContain(TITLE);
  const directory = await request(t.server).get('/companies').expect(200);
  expect(directory.headers['cache-control'] ?? '').not.toContain('no-store');
});
