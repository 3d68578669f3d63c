import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LettersService } from '#libs/outreach';
import { methodologiesDir } from '#libs/scorecards';
import { recompute, seedFoundingCase } from '../support/founding-case';
import { createAccount, createTestApp, csrfFrom, signIn, type TestApp } from '../support/test-app';

/**
 * Scorecards in the console: the notice to a company about its provisional grade (refused,
 * writing nothing, without a contact or a grade), and a new methodology version published by an
 * admin, recomputed with its progress and compared like for like.
 */
let t: TestApp;
const count = async (table: string) =>
  (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-04T09:00:00Z'));
  await seedFoundingCase(t);
});
afterAll(() => t?.close());

describe('the scorecard notice', () => {
  it('is a draft letter with the provisional grade and its lines; once sent, the public page says so', async () => {
    const organizer = await createAccount(t, 'organizer');
    const { agent, csrf } = await signIn(t, organizer);
    const overview = (await agent.get('/console/scorecards').expect(200)).text;
    expect(overview).toContain('Provisional grades');
    expect(overview).toMatch(/Supermicro<\/a><\/th>\s*<td>C<\/td>/);
    const res = await agent
      .post('/console/scorecards/supermicro/notice')
      .type('form')
      .send({ _csrf: csrf })
      .expect(303);
    expect(res.headers.location).toMatch(/^\/console\/outreach\/letters\/[0-9a-f-]{36}\?notice=composed$/);
    const id = res.headers.location.split('/')[4].split('?')[0];
    const letters = t.app.get(LettersService);
    const preview = await letters.preview(id, { id: organizer.userId, label: organizer.email });
    expect(preview.subject).toBe('Your provisional scorecard: Supermicro');
    expect(preview.text).toContain('Provisional grade: C (82.18 of 100), under method 1.0.0, as of 4 December 2026.');
    expect(preview.text).toContain('- Supermicro servers for the KGB through the reseller MAP INFO: −11.88');
    expect((await request(t.server).get('/companies/supermicro').expect(200)).text).toContain(
      'Provisional until 18 December 2026; the company has not been notified yet.',
    );
    const draft = await letters.get(id);
    await letters.send({ id: organizer.userId, label: organizer.email }, id, { version: draft.version });
    expect((await request(t.server).get('/companies/supermicro').expect(200)).text).toContain(
      'Provisional until 18 December 2026; the company was notified on 4 December 2026.',
    );
    expect((await agent.get('/console/scorecards').expect(200)).text).toContain('Sent on 4 December 2026');
  });

  it('is refused, writing nothing, to a company with no contact or no grade', async () => {
    const organizer = await createAccount(t, 'organizer');
    const { agent, csrf } = await signIn(t, organizer);
    const before = await count('outreach_letter');
    const noContact = await agent
      .post('/console/scorecards/kvadrosoft/notice')
      .type('form')
      .send({ _csrf: csrf })
      .expect(409);
    expect(noContact.text).toContain(
      'Kvadrosoft has no active contact to send the scorecard notice to: add one first. Nothing was written.',
    );
    const noGrade = await agent
      .post('/console/scorecards/seagate/notice')
      .type('form')
      .send({ _csrf: csrf })
      .expect(409);
    expect(noGrade.text).toContain('Seagate has no graded scorecard to tell it about.');
    await agent.post('/console/scorecards/no-such-company/notice').type('form').send({ _csrf: csrf }).expect(404);
    expect(await count('outreach_letter')).toBe(before);
  });
});

describe('a new methodology version', () => {
  const original = readFileSync(join(methodologiesDir(), '1.0.0.yaml'), 'utf8');

  it('is refused with the one problem named, and nothing is published', async () => {
    const admin = await createAccount(t, 'admin');
    const { agent } = await signIn(t, admin);
    const form = await agent.get('/console/scorecards/methodology').expect(200);
    const csrf = csrfFrom(form.text);
    const bad = await agent
      .post('/console/scorecards/methodology')
      .type('form')
      .send({
        _csrf: csrf,
        yaml: original
          .replace('version: 1.0.0', 'version: 1.1.0')
          .replace('    other: 0.3\n', '    other: 0.3\n    spying: 0.5\n'),
      })
      .expect(400);
    expect(bad.text).toContain('exposure.category_severity.spying is not one of');
    const same = await agent
      .post('/console/scorecards/methodology')
      .type('form')
      .send({ _csrf: csrf, yaml: original })
      .expect(409);
    expect(same.text).toContain('Version 1.0.0 is not newer than the published 1.0.0');
    expect(await count('scorecard_methodology')).toBe(1);
  });

  it('is published by an admin, recomputes every company with its progress, and shows the change like for like', async () => {
    const admin = await createAccount(t, 'admin');
    const { agent } = await signIn(t, admin);
    const csrf = csrfFrom((await agent.get('/console/scorecards/methodology').expect(200)).text);
    const yaml = original
      .replace('version: 1.0.0', 'version: 1.1.0')
      .replace('    security_service: 1.0', '    security_service: 0.8');
    const published = await agent
      .post('/console/scorecards/methodology')
      .type('form')
      .send({ _csrf: csrf, yaml })
      .expect(303);
    const running = (await agent.get(published.headers.location).expect(200)).text;
    expect(running).toContain('Published: every company is being computed again under it.');
    expect(running).toMatch(/0 of 19 companies \(0%\)/);
    await recompute(t);
    expect((await agent.get('/console/scorecards/methodology').expect(200)).text).toMatch(
      /19 of 19 companies \(100%\)/,
    );
    const method = (await request(t.server).get('/methodology').expect(200)).text;
    expect(method).toContain('The method in force is version 1.1.0');
    expect((await request(t.server).get('/methodology/1.1.0.yaml').expect(200)).text).toBe(yaml);
    // Supermicro's KGB servers weigh less: only the method moved its score.
    const snapshots = (await agent.get('/console/scorecards/supermicro').expect(200)).text;
    expect(snapshots).toContain('The old inputs under the new method');
    expect(snapshots).toMatch(/Moved by the method<\/th><td>\+[0-9.]+ \(1\.0\.0 → 1\.1\.0\)<\/td>/);
    expect((await request(t.server).get('/companies/supermicro').expect(200)).text).toMatch(
      /the new method \(from 1\.0\.0\) moved it \+/,
    );
  });
});
