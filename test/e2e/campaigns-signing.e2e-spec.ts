import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobRunner } from '#libs/core';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { confirmFrom, formToken, linkIn, mailTo, openPetition, sign, tally } from '../support/campaign-factory';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { createAccount, createToken, signIn, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

/**
 * Signing a petition over real SMTP (DESIGN.md, "Signing safely"): the same answer whoever signs,
 * the email that tells them which case it was, confirmation by a button, counts by the tally,
 * quiet flags, one-click unsubscribe and erasure that leaves the address nowhere.
 */
let sink: SmtpSink;
let t: TestApp;
let organizer: TestAccount;
let slug: string;
let token: string;

const messages = () => sink.messages;
const count = async () => (await request(t.server).get(`/api/v1/campaigns/${slug}`).expect(200)).body.count.signatures;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ env: { SMTP_URL: sink.url, MAIL_DOMAIN: 'leverage.test', TRUST_PROXY: 'loopback' } });
  await seedRecord(t);
  organizer = await createAccount(t, 'organizer');
  const researcher = await createAccount(t, 'researcher');
  const reviewer = await createAccount(t, 'reviewer');
  const evidence = await publishEvidence(t, researcher, reviewer, supermicroCase());
  slug = (await openPetition(t, actorFor(organizer), { evidence: [evidence.id] })).slug;
  await t.app.get(JobRunner).start();
  token = await formToken(t, slug);
});

afterAll(async () => {
  await t?.close();
  await sink?.close();
});

describe('signing a petition', () => {
  it('takes a signature, emails a confirmation, and counts it once its button is pressed', async () => {
    const sessions = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM session');
    const res = await sign(
      t,
      slug,
      token,
      { name: 'Olga Kavalenka', email: 'olga@mail.example.by', show_name: 'on' },
      '198.51.100.1',
    );
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/campaigns/${slug}/signed`);
    const [mail] = await mailTo(messages, 'olga@mail.example.by');
    expect(mail.parsed.subject).toBe('Confirm your signature: Supermicro: stop supplying the KGB');
    expect(mail.parsed.text).toContain('Hello Olga Kavalenka,');
    const raw = mail.raw.toString().replace(/\r?\n[ \t]+/g, ' ');
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(raw).toMatch(/List-Unsubscribe:\s*<http:\/\/leverage\.test\/unsubscribe\/[\w.-]+>/);
    expect(mail.parsed.text).toContain('http://leverage.test/supporters/me/');
    // A signer leaves no session row.
    expect(await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM session')).toEqual(sessions);

    // Opening the link (as a mail scanner does) confirms nothing; the button does.
    const path = linkIn(mail, '/signatures/confirm/');
    const page = await request(t.server).get(path).expect(200);
    expect(page.text).toContain('Confirm my signature');
    await tally(t);
    expect(await count()).toBe(0);
    const confirmed = await confirmFrom(t, mail);
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('your signature is confirmed');
    await tally(t);
    expect(await count()).toBe(1);
    // Pressing it again (a replayed post) changes nothing and says so; the page has no button any more.
    const formToken = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const again = await request(t.server).post(path).type('form').send({ _csrf: formToken });
    expect(again.status).toBe(200);
    expect((await request(t.server).get(path).expect(200)).text).not.toContain('Confirm my signature</button>');
    expect(again.text).toContain('Already confirmed');
    await tally(t);
    expect(await count()).toBe(1);
    // Shown, first name only.
    const shown = await request(t.server).get(`/campaigns/${slug}`).expect(200);
    expect(shown.text).toMatch(/<li>Olga, Belarus<\/li>/);
    expect(shown.text).not.toContain('Kavalenka');
  });

  it('answers the same page to an address that signed before, and its email says so', async () => {
    const first = await sign(t, slug, token, { email: 'Olga+again@Mail.Example.by' }, '198.51.100.2');
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/campaigns/${slug}/signed`);
    const mails = await mailTo(messages, 'Olga+again@mail.example.by');
    expect(mails[0].parsed.subject).toBe('You have signed already: Supermicro: stop supplying the KGB');
    expect(mails[0].parsed.text).not.toContain('/signatures/confirm/');

    // Pending: the link again.
    await sign(t, slug, token, { email: 'pavel@mail.example.by' }, '198.51.100.3');
    await sign(t, slug, token, { email: 'pavel@mail.example.by' }, '198.51.100.4');
    // (Mail goes out in parallel: the two may arrive in either order.)
    const pavel = await mailTo(messages, 'pavel@mail.example.by', 2);
    expect(pavel.map((m) => m.parsed.subject).sort()).toEqual([
      'Confirm your signature: Supermicro: stop supplying the KGB',
      'Your signature still needs confirming: Supermicro: stop supplying the KGB',
    ]);
    const reminder = pavel.find((m) => m.parsed.subject?.startsWith('Your signature still'))!;
    expect((await confirmFrom(t, reminder)).status).toBe(200);
    await tally(t);
    expect(await count()).toBe(2);
  });

  it('flags a flood from one address quietly, and counts it only once an organizer clears it', async () => {
    const ip = '203.0.113.9';
    for (const who of ['flood1', 'flood2', 'flood3']) {
      const res = await sign(t, slug, token, { email: `${who}@mail.example.by` }, ip);
      expect(res.status).toBe(303); // accepted, never refused
    }
    for (const who of ['flood1', 'flood2', 'flood3']) {
      const [mail] = await mailTo(messages, `${who}@mail.example.by`);
      expect((await confirmFrom(t, mail)).status).toBe(200);
    }
    await tally(t);
    expect(await count()).toBe(3); // the first of the three only

    const { agent, csrf } = await signIn(t, organizer);
    const dashboard = await agent.get(`/console/campaigns/${slug}`).expect(200);
    const ipHash = /name="ipHash" value="([^"]+)"/.exec(dashboard.text)?.[1];
    expect(ipHash).toHaveLength(22);
    expect(dashboard.text).not.toContain(ip);
    const cleared = await agent
      .post(`/console/campaigns/${slug}/review`)
      .type('form')
      .send({ _csrf: csrf, action: 'clear', ipHash })
      .redirects(0);
    expect(cleared.status).toBe(303);
    expect(cleared.headers.location).toContain('notice=cleared&count=2');
    await tally(t);
    expect(await count()).toBe(5);
  });

  it('writes to the signer in the language their browser asked for', async () => {
    const res = await request(t.server)
      .post(`/campaigns/${slug}/sign`)
      .set('X-Forwarded-For', '198.51.100.50')
      .set('Accept-Language', 'ru-RU,ru;q=0.9,en;q=0.5')
      .type('form')
      .send({ name: 'Алесь', email: 'ales@mail.example.by', country: 'BY', _csrf: token })
      .redirects(0);
    expect(res.status).toBe(303);
    const [mail] = await mailTo(messages, 'ales@mail.example.by');
    expect(mail.parsed.subject).toBe('Подтвердите свою подпись: Supermicro: stop supplying the KGB');
    expect(mail.parsed.text).toContain('Здравствуйте, Алесь!');
    expect(mail.raw.toString()).toContain('Content-Language: ru');
  });

  it('unsubscribes in one click, with no token but the link', async () => {
    const [mail] = await mailTo(messages, 'pavel@mail.example.by');
    const unfolded = mail.raw.toString().replace(/\r?\n[ \t]+/g, ' ');
    const path = /List-Unsubscribe:\s*<http:\/\/leverage\.test(\/unsubscribe\/[\w.-]+)>/.exec(unfolded)![1];
    // RFC 8058: the mail client posts this body, and nothing else.
    const res = await request(t.server).post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT bool_or(updates) AS any FROM signature WHERE email = 'pavel@mail.example.by'`);
    expect(row.any).toBe(false);
    expect(
      (await request(t.server).post('/unsubscribe/forged.token').type('form').send('List-Unsubscribe=One-Click'))
        .status,
    ).toBe(404);
  });

  it('erases a supporter from every table, and keeps the signature only as an anonymous count', async () => {
    const address = 'erase.me.please@mail.example.by';
    await sign(
      t,
      slug,
      token,
      { name: 'Erasable Person', email: address, comment: 'A comment to erase' },
      '198.51.100.20',
    );
    const [mail] = await mailTo(messages, address);
    await confirmFrom(t, mail);
    await tally(t);
    const before = await count();
    const me = linkIn(mail, '/supporters/me/');
    const page = await request(t.server).get(me).expect(200);
    expect(page.text).toContain(address);
    expect(page.text).toContain('A comment to erase');
    const download = await request(t.server).get(`${me}/data.json`).expect(200);
    expect(download.body.signatures[0]).toMatchObject({ email: address, name: 'Erasable Person', country: 'BY' });
    const formToken = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    const erased = await request(t.server).post(`${me}/erase`).type('form').send({ _csrf: formToken });
    expect(erased.status).toBe(200);
    expect(erased.text).toContain('hold nothing that says who you are');

    // Every table of every schema (the record, mail, jobs): no trace of the address, name or comment.
    const db = t.app.get(DataSource);
    const tables = (await db.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    )) as { schema: string; name: string }[];
    expect(tables.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const table of tables) {
      const [row] = await db.query(
        `SELECT count(*)::int AS n FROM "${table.schema}"."${table.name}" x
          WHERE x::text ILIKE '%erase.me.please%' OR x::text ILIKE '%Erasable Person%' OR x::text ILIKE '%comment to erase%'`,
      );
      if (row.n > 0) found.push(`${table.schema}.${table.name}`);
    }
    expect(found).toEqual([]);
    await tally(t);
    expect(await count()).toBe(before);
    // Its confirmation link now says it was erased.
    const stale = await request(t.server).get(linkIn(mail, '/signatures/confirm/'));
    expect(stale.status).toBe(410);
    expect(stale.text).toContain('This signature was erased');
    // Signing again with the erased address takes no second signature, and its email says why.
    await sign(t, slug, token, { email: address }, '198.51.100.21');
    const [again] = (await mailTo(messages, address, 2)).slice(1);
    expect(again.parsed.subject).toBe('About your signature: Supermicro: stop supplying the KGB');
    await tally(t);
    expect(await count()).toBe(before);
  });
});

describe('for organizers and other tools', () => {
  it('hands signatures over with OSDI field names, holding only what each signer consented to', async () => {
    const readToken = await createToken(t, organizer, 'read');
    const page = await request(t.server)
      .get(`/api/v1/campaigns/${slug}/signatures?limit=100`)
      .set('Authorization', `Bearer ${readToken}`)
      .expect(200);
    const olga = page.body.signatures.find(
      (s: { person: { given_name: string | null } }) => s.person.given_name === 'Olga Kavalenka',
    );
    expect(olga).toMatchObject({
      status: 'confirmed',
      person: { email_addresses: [], postal_addresses: [{ country: 'BY' }] },
    });
    expect(olga.action_date).toEqual(expect.any(String));
    expect(JSON.stringify(page.body)).not.toContain('pavel@mail.example.by'); // asked for no news
    await request(t.server).get(`/api/v1/campaigns/${slug}/signatures`).expect(401);
    const docs = await request(t.server).get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/campaigns', '/api/v1/campaigns/{slug}', '/api/v1/campaigns/{slug}/signatures']),
    );
    expect(docs.body.components.schemas.OsdiSignature.properties).toHaveProperty('action_date');
  });

  it('exports the signatures as CSV with only what signers consented to, safe to open in a spreadsheet', async () => {
    await sign(
      t,
      slug,
      token,
      { name: '=HYPERLINK("x")', email: 'formula@mail.example.by', show_name: 'on', updates: 'on' },
      '198.51.100.60',
    );
    const { agent } = await signIn(t, organizer);
    const csv = await agent.get(`/console/campaigns/${slug}/signatures.csv`).expect(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('signed_at,confirmed_at,status,flagged,country,given_name,email,comments');
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")",formula@mail.example.by`);
    expect(csv.text).not.toContain('pavel@mail.example.by');
  });

  it('publishes counts by country as open data, small ones unnamed, and never a signer', async () => {
    const data = await request(t.server).get('/data/campaigns.json').expect(200);
    const campaign = data.body.campaigns.find((c: { slug: string }) => c.slug === slug);
    expect(campaign.byCountry).toEqual([{ country: 'BY', signatures: null }]);
    expect(campaign.milestones[0]).toMatchObject({ count: 1, reachedAt: expect.any(String) });
    expect(JSON.stringify(data.body)).not.toMatch(/@mail\.example\.by|Olga/);
  });
});

describe('bad input', () => {
  it('shows the form again with a message beside each field, and writes nothing', async () => {
    const db = t.app.get(DataSource);
    const [{ n: rows }] = await db.query('SELECT count(*)::int AS n FROM signature');
    const cases: [Record<string, string>, string, string][] = [
      [{ email: 'olga@mail' }, 'email', 'This address cannot receive mail'],
      [{ email: 'olga@example.org' }, 'email', 'This address cannot receive mail'],
      [{ email: '' }, 'email', 'Give an email address'],
      [{ email: 'a@mail.example.by', country: 'XX' }, 'country', 'Choose your country'],
      [{ email: 'a@mail.example.by', name: 'x'.repeat(101) }, 'name', 'at most 100 characters'],
      [{ email: 'a@mail.example.by', comment: 'x'.repeat(1001) }, 'comment', 'at most 1,000 characters'],
    ];
    for (const [fields, field, message] of cases) {
      const res = await sign(t, slug, token, { email: '', ...fields });
      expect(res.status).toBe(400);
      expect(res.text).toContain(`id="error-${field}"`);
      expect(res.text).toContain(message);
      expect(res.text).not.toMatch(/at \w+ \(|stack/i);
    }
    expect((await db.query('SELECT count(*)::int AS n FROM signature'))[0].n).toBe(rows);
  });

  it('refuses a form without its token, or with one made for another form', async () => {
    const missing = await request(t.server)
      .post(`/campaigns/${slug}/sign`)
      .type('form')
      .send({ name: 'A', email: 'a@b.by', country: 'BY' });
    expect(missing.status).toBe(403);
    expect(missing.text).toContain('This form has expired');
    const other = await request(t.server)
      .post(`/campaigns/${slug}/sign`)
      .type('form')
      .send({ name: 'A', email: 'a@b.by', country: 'BY', _csrf: token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(other.status).toBe(403);
    const crossSite = await request(t.server)
      .post(`/campaigns/${slug}/sign`)
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ name: 'A', email: 'a@b.by', country: 'BY', _csrf: token });
    expect(crossSite.status).toBe(403);
  });

  it('answers a forged or expired confirmation link with a page that says so', async () => {
    const forged = await request(t.server).get('/signatures/confirm/bm90LWEtdG9rZW4.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.status).toBe(404);
    expect(forged.text).toContain('This link does not work');
    await sign(t, slug, token, { email: 'late@mail.example.by' }, '198.51.100.30');
    const [mail] = await mailTo(messages, 'late@mail.example.by');
    t.clock.advance(8 * 24 * 60 * 60 * 1000);
    try {
      const late = await request(t.server).get(linkIn(mail, '/signatures/confirm/'));
      expect(late.status).toBe(410);
      expect(late.text).toContain('This link has expired');
    } finally {
      t.clock.advance(-8 * 24 * 60 * 60 * 1000);
    }
  });

  it('takes no signature on a closed or draft campaign', async () => {
    const apiToken = await createToken(t, organizer, 'write');
    const created = await request(t.server)
      .post('/api/v1/campaigns')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({
        kind: 'petition',
        title: 'A draft petition',
        ask: 'Ask.',
        why: 'Why.',
        targets: ['supermicro'],
        evidence: [],
        goal: 10,
        milestones: [],
      })
      .expect(201);
    expect(created.body.status).toBe('draft');
    await request(t.server).get(`/campaigns/${created.body.slug}`).expect(404);
    const draft = await sign(t, created.body.slug, token, { email: 'draft@mail.example.by' });
    expect([403, 404]).toContain(draft.status);

    const opened = await request(t.server)
      .post(`/api/v1/campaigns/${created.body.slug}/open`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ version: created.body.version })
      .expect(200);
    const closeToken = await formToken(t, created.body.slug);
    await sign(t, created.body.slug, closeToken, { email: 'kept@mail.example.by', updates: 'on' }, '198.51.100.40');
    await sign(t, created.body.slug, closeToken, { email: 'dropped@mail.example.by' }, '198.51.100.41');
    await request(t.server)
      .post(`/api/v1/campaigns/${created.body.slug}/close`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ version: opened.body.version })
      .expect(200);
    const closed = await sign(t, created.body.slug, closeToken, { email: 'after@mail.example.by' });
    expect(closed.status).toBe(409);
    expect(closed.text).toContain('not taking signatures');
    // Closing forgot the address of the signer who wanted no news, and kept the other.
    const rows = await t.app
      .get(DataSource)
      .query(
        `SELECT email, updates FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = $1 ORDER BY updates`,
        [created.body.slug],
      );
    expect(rows).toEqual([
      { email: null, updates: false },
      { email: 'kept@mail.example.by', updates: true },
    ]);
  });
});
