import request from 'supertest';
import { DemoSeedService } from '#libs/companies';
import { SYSTEM_ACTOR } from '#libs/core';
import { createAccount, createTestApp, csrfFrom, signIn, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.get(DemoSeedService).seed(SYSTEM_ACTOR);
});
afterAll(() => t?.close());

/**
 * The company pages as a researcher and a visitor use them: every page answers, a form refuses bad
 * input with 400 and a taken slug with 409, ownership rules hold, and a deleted company is gone.
 */
test('public and console pages of the company record', async () => {
  const { agent } = await signIn(t, await createAccount(t, 'researcher'));
  const anon = agent; // same server
  for (const [name, url, status] of [
    ['directory', '/companies', 200],
    ['directory-q', '/companies?q=vel&kind=&country=', 200],
    ['directory-bad', '/companies?kind=bank&country=XX', 400],
    ['directory-page2', '/companies?cursor=', 200],
    ['profile-vmware', '/companies/vmware', 200],
    ['profile-a1', '/companies/a1-telekom-austria', 200],
    ['profile-missing', '/companies/nope', 404],
    ['state-body', '/state-bodies/kgb', 200],
    ['console-list', '/console/companies', 200],
    ['console-new', '/console/companies/new', 200],
    ['console-edit', '/console/companies/a1-belarus/edit', 200],
    ['console-delete', '/console/companies/ibm/delete', 200],
    ['console-sb-list', '/console/state-bodies', 200],
    ['console-sb-edit', '/console/state-bodies/kgb/edit', 200],
    ['console-own-new', '/console/ownerships/new?parent=ibm&from=ibm', 200],
  ] as const) {
    const res = await anon.get(url);
    expect([name, res.status]).toEqual([name, status]);
    expect(res.text).not.toMatch(/companies\.[a-z_]+\.[a-z_]+/);
  }
  const page = await agent.get('/console/companies/new');
  const csrf = csrfFrom(page.text);
  const bad = await agent
    .post('/console/companies/new')
    .type('form')
    .send({ _csrf: csrf, name: '', kind: 'bank', country: 'zz', website: 'ftp://x', 'source.title': 'x' });
  expect(bad.status).toBe(400);
  const dup = await agent.post('/console/companies/new').type('form').send({ _csrf: csrf, name: 'IBM', kind: 'other' });
  expect(dup.status).toBe(409);
  const ok = await agent.post('/console/companies/new').type('form').send({
    _csrf: csrf,
    name: 'Beltelecom Systems',
    kind: 'reseller',
    country: 'ru',
    aliases: 'Beltelecom\r\nБелтелеком',
    'source.url': 'https://example.org/jet',
  });
  expect([ok.status, ok.headers.location]).toEqual([303, '/console/companies/beltelecom-systems/edit?notice=created']);
  const edit = await agent.get(ok.headers.location);
  expect(edit.text).toContain('Created.');
  const own = await agent
    .post('/console/ownerships/new')
    .type('form')
    .send({ _csrf: csrf, parent: 'beltelecom-systems', subsidiary: 'beltelecom-systems', from: 'beltelecom-systems' });
  expect(own.status).toBe(400);
  const cyc = await agent
    .post('/console/ownerships/new')
    .type('form')
    .send({ _csrf: csrf, parent: 'red-hat', subsidiary: 'ibm', share: '50' });
  expect(cyc.status).toBe(409);
  const own2 = await agent.post('/console/ownerships/new').type('form').send({
    _csrf: csrf,
    parent: 'sandvine',
    subsidiary: 'beltelecom-systems',
    share: '12.5',
    since: '2019-01-01',
    until: '2018-01-01',
    from: 'beltelecom-systems',
  });
  expect(own2.status).toBe(400);
  const own3 = await agent.post('/console/ownerships/new').type('form').send({
    _csrf: csrf,
    parent: 'sandvine',
    subsidiary: 'beltelecom-systems',
    share: '12.5',
    since: '2019-01-01',
    from: 'beltelecom-systems',
  });
  expect([own3.status, own3.headers.location]).toEqual([
    303,
    '/console/companies/beltelecom-systems/edit?notice=ownership_saved',
  ]);
  const profile = await agent.get('/companies/beltelecom-systems');
  expect(profile.text).toContain('12.5%');
  const saved = await agent
    .post('/console/companies/beltelecom-systems/edit')
    .type('form')
    .send({ _csrf: csrf, name: 'Beltelecom Systems', slug: '', kind: 'reseller', country: '', aliases: '' });
  expect([saved.status, saved.headers.location]).toEqual([
    303,
    '/console/companies/beltelecom-systems/edit?notice=saved',
  ]);
  const del = await agent.post('/console/companies/beltelecom-systems/delete').type('form').send({ _csrf: csrf });
  expect([del.status, del.headers.location]).toEqual([303, '/console/companies?notice=deleted']);
  await agent.get('/companies/beltelecom-systems').expect(404);
  const reviewer = await signIn(t, await createAccount(t, 'reviewer'));
  await reviewer.agent.get('/console/companies').expect(200);
  await reviewer.agent.get('/console/companies/new').expect(403);
});

test('multi-line fields keep their lines through an edit', async () => {
  const { agent } = await signIn(t, await createAccount(t, 'researcher'));
  const page = await agent.get('/console/companies/ibm/edit').expect(200);
  const aliases = /<textarea id="field-aliases"[^>]*>([^<]*)<\/textarea>/.exec(page.text)![1];
  expect(aliases).toBe('International Business Machines\nInternational Business Machines Corporation');
  const csrf = csrfFrom(page.text);
  await agent
    .post('/console/companies/ibm/edit')
    .type('form')
    .send({ _csrf: csrf, name: 'IBM', kind: 'software_vendor', description: 'Line one\nLine two', aliases })
    .expect(303);
  const again = await agent.get('/console/companies/ibm/edit').expect(200);
  expect(/<textarea id="field-description"[^>]*>([^<]*)<\/textarea>/.exec(again.text)![1]).toBe('Line one\nLine two');
  const sb = await agent.get('/console/state-bodies/kgb/edit').expect(200);
  expect(/<textarea id="field-aliases"[^>]*>([^<]*)<\/textarea>/.exec(sb.text)![1]).toBe('KGB\nKGB of Belarus\nКГБ');
});

test('state bodies are reachable from the home page and the directory', async () => {
  for (const url of ['/', '/companies']) {
    const page = await request(t.server).get(url).expect(200);
    expect(page.text).toContain('<a href="/state-bodies/kgb">');
    expect(page.text).toContain('href="/data/state-bodies.csv"');
    expect(page.text).not.toMatch(/companies\.[a-z_]+\.[a-z_]+/);
  }
});

test('the ownership form answers 400 for a share it cannot use, not 500', async () => {
  const { agent } = await signIn(t, await createAccount(t, 'researcher'));
  const csrf = csrfFrom((await agent.get('/console/ownerships/new?parent=sandvine').expect(200)).text);
  for (const share of ['1e-7', 'Infinity', '-Infinity']) {
    const res = await agent
      .post('/console/ownerships/new')
      .type('form')
      .send({ _csrf: csrf, parent: 'sandvine', subsidiary: 'kvadrosoft', share });
    expect([share, res.status]).toEqual([share, 400]);
    expect(res.text).toContain('Enter a percentage above 0 and at most 100, with at most two decimals.');
  }
  const nul = await agent
    .post('/console/companies/new')
    .type('form')
    .send({ _csrf: csrf, name: 'Nul\u0000Co', kind: 'other' });
  expect(nul.status).toBe(400);
});
