import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { JobRunner } from '#libs/core';
import { seedRecord } from '../support/evidence-factory';
import { createAccount, createTestApp, createToken, signIn, type TestApp } from '../support/test-app';

/**
 * The organizer's outreach API over HTTP: contacts, letters composed, previewed and sent once,
 * inbound mail posted raw, and who may do what.
 */
const MAX = 2048;
let t: TestApp;
let write: string;
let read: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function rawMail(to: string, body = 'Thank you for your letter. We will look into it.'): string {
  return [
    'From: Press Office <press@sandvine.example>',
    `To: ${to}`,
    'Subject: Re: Request for comment',
    'Message-ID: <answer-1@sandvine.example>',
    'Date: Tue, 15 Sep 2020 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  t = await createTestApp({ env: { INBOUND_MAX_BYTES: String(MAX), MAIL_DOMAIN: 'leverage.test' } });
  await seedRecord(t);
  // As the API process does at start: letters are queued for the worker, which these tests do not run.
  await t.app.get(JobRunner).prepareQueues();
  const organizer = await createAccount(t, 'organizer');
  write = await createToken(t, organizer, 'write');
  read = await createToken(t, organizer, 'read');
});

afterAll(() => t?.close());

describe('who may call the outreach API', () => {
  it('answers an anonymous caller 401 on every organizer route, in the one error shape', async () => {
    for (const [method, path] of [
      ['get', '/api/v1/letters'],
      ['get', '/api/v1/companies/sandvine/contacts'],
      ['post', '/api/v1/inbound'],
      ['get', '/api/v1/inbound?status=held'],
    ] as const) {
      const res = await request(t.server)[method](path).expect(401);
      expect(res.body.error.code).toBe('auth_required');
    }
  });

  it('refuses a write with a read token (403) and lets it read', async () => {
    const res = await request(t.server)
      .post('/api/v1/letters')
      .set(bearer(read))
      .send({ company: 'sandvine' })
      .expect(403);
    expect(res.body.error.code).toBe('auth_token_scope');
    await request(t.server).get('/api/v1/letter-templates').set(bearer(read)).expect(200);
  });

  it('refuses another role (a researcher) on organizer routes', async () => {
    const researcher = await createAccount(t, 'researcher');
    const token = await createToken(t, researcher, 'write');
    const res = await request(t.server).get('/api/v1/letters').set(bearer(token)).expect(403);
    expect(res.body.error.code).toBe('auth_role_required');
  });

  it('keeps the public reads open', async () => {
    await request(t.server).get('/api/v1/outreach/stats').expect(200);
    const res = await request(t.server).get('/api/v1/companies/sandvine/outreach').expect(200);
    expect(res.body).toMatchObject({ company: { slug: 'sandvine' }, state: 'not_written_to', timeline: [] });
  });
});

describe('contacts and letters', () => {
  let letterId: string;
  let version: number;

  it('adds a contact and lists the company’s contacts', async () => {
    const created = await request(t.server)
      .post('/api/v1/contacts')
      .set(bearer(write))
      .send({
        company: 'sandvine',
        name: 'Press office',
        role: 'press',
        email: 'Press@Sandvine.example',
        source: 'https://www.sandvine.example/contact',
        escalationOrder: 1,
      })
      .expect(201);
    expect(created.body).toMatchObject({ company: { slug: 'sandvine' }, email: 'press@sandvine.example', version: 1 });
    const list = await request(t.server).get('/api/v1/companies/sandvine/contacts').set(bearer(read)).expect(200);
    expect(list.body.map((c: { email: string }) => c.email)).toEqual(['press@sandvine.example']);
    const patched = await request(t.server)
      .patch(`/api/v1/contacts/${created.body.id}`)
      .set(bearer(write))
      .send({ name: 'Media relations', version: 1 })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Media relations', version: 2 });
    const stale = await request(t.server)
      .patch(`/api/v1/contacts/${created.body.id}`)
      .set(bearer(write))
      .send({ name: 'Old', version: 1 })
      .expect(409);
    expect(stale.body.error.code).toBe('outreach_version_conflict');
  });

  it('composes a draft with a write token (201) and previews it as text and HTML', async () => {
    const res = await request(t.server)
      .post('/api/v1/letters')
      .set(bearer(write))
      .send({ company: 'sandvine', deadlineDays: 14 })
      .expect(201);
    expect(res.body).toMatchObject({
      company: { slug: 'sandvine' },
      status: 'draft',
      kind: 'initial',
      recipients: [{ role: 'press', email: 'press@sandvine.example' }],
    });
    letterId = res.body.id;
    version = res.body.version;
    const preview = await request(t.server).post(`/api/v1/letters/${letterId}/preview`).set(bearer(read)).expect(200);
    expect(preview.body.subject).toContain('Sandvine');
    expect(preview.body.text).toContain('Media relations');
    expect(preview.body.html).toContain('<p');
    const listed = await request(t.server)
      .get('/api/v1/letters?company=sandvine&status=draft')
      .set(bearer(read))
      .expect(200);
    expect(listed.body.map((l: { id: string }) => l.id)).toEqual([letterId]);
  });

  it('refuses a template that names an unknown field, on the field `body`', async () => {
    const res = await request(t.server)
      .post('/api/v1/letters')
      .set(bearer(write))
      .send({ company: 'sandvine', body: 'Dear {{contact.name}}, what does {{company.ceo}} say?' })
      .expect(400);
    expect(res.body.error.code).toBe('outreach_template_error');
    expect(res.body.error.details[0].field).toBe('body');
    expect(res.body.error.message).toContain('company.ceo');
  });

  it('refuses filters it does not know', async () => {
    const res = await request(t.server).get('/api/v1/letters?status=lost').set(bearer(read)).expect(400);
    expect(res.body.error.details[0].field).toBe('status');
  });

  it('sends once: a second send is a 409 and the letter stays as it was sent', async () => {
    const sent = await request(t.server)
      .post(`/api/v1/letters/${letterId}/send`)
      .set(bearer(write))
      .send({ version })
      .expect(200);
    expect(sent.body).toMatchObject({ status: 'sent', responseState: 'awaiting' });
    expect(sent.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await request(t.server)
      .post(`/api/v1/letters/${letterId}/send`)
      .set(bearer(write))
      .send({ version: sent.body.version })
      .expect(409);
    expect(again.body.error.code).toBe('outreach_letter_already_sent');
    const edit = await request(t.server)
      .patch(`/api/v1/letters/${letterId}`)
      .set(bearer(write))
      .send({ subject: 'Changed', version: sent.body.version })
      .expect(409);
    expect(edit.body.error.code).toBe('outreach_letter_already_sent');
    const publish = await request(t.server)
      .post(`/api/v1/letters/${letterId}/publish`)
      .set(bearer(write))
      .send({ version: sent.body.version })
      .expect(200);
    expect(publish.body.publishedAt).toEqual(expect.any(String));
  });

  it('will not send a letter to a company with no contact (409)', async () => {
    const draft = await request(t.server)
      .post('/api/v1/letters')
      .set(bearer(write))
      .send({ company: 'intel' })
      .expect(201);
    expect(draft.body.recipients).toEqual([]);
    const res = await request(t.server)
      .post(`/api/v1/letters/${draft.body.id}/send`)
      .set(bearer(write))
      .send({ version: draft.body.version })
      .expect(409);
    expect(res.body.error.code).toBe('outreach_no_contact');
    await request(t.server)
      .delete(`/api/v1/letters/${draft.body.id}?version=${draft.body.version}`)
      .set(bearer(write))
      .expect(204);
    await request(t.server).get(`/api/v1/letters/${draft.body.id}`).set(bearer(read)).expect(404);
  });

  it('records a response by hand and lists it', async () => {
    const res = await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send({
        company: 'sandvine',
        letter: letterId,
        channel: 'public_statement',
        respondedOn: new Date().toISOString().slice(0, 10),
        text: 'We have ended the agreement.',
        classification: 'exited',
      })
      .expect(201);
    expect(res.body).toMatchObject({ classification: 'exited', letterId, company: { slug: 'sandvine' } });
    const list = await request(t.server).get('/api/v1/responses?company=sandvine').set(bearer(read)).expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([res.body.id]);
    await request(t.server).get(`/api/v1/responses/${res.body.id}`).set(bearer(read)).expect(200);
    const letter = await request(t.server).get(`/api/v1/letters/${letterId}`).set(bearer(read)).expect(200);
    expect(letter.body.responseState).toBe('answered');
  });

  it('makes batches: one draft per company, tracked side by side', async () => {
    const res = await request(t.server)
      .post('/api/v1/letter-batches')
      .set(bearer(write))
      .send({ title: 'Joint letter', companies: ['seagate', 'kingston'] })
      .expect(201);
    expect(
      res.body.rows.map((r: { company: { slug: string }; sendable: boolean }) => [r.company.slug, r.sendable]),
    ).toEqual([
      ['kingston', false],
      ['seagate', false],
    ]);
    const list = await request(t.server).get('/api/v1/letter-batches').set(bearer(read)).expect(200);
    expect(list.body[0]).toMatchObject({ id: res.body.id, letters: 2, sent: 0 });
    const sent = await request(t.server)
      .post(`/api/v1/letter-batches/${res.body.id}/send`)
      .set(bearer(write))
      .expect(200);
    expect(sent.body.rows.every((r: { letter: { status: string } }) => r.letter.status === 'draft')).toBe(true);
  });
});

describe('inbound mail, posted raw', () => {
  it('takes a message that answers no letter (202) and holds it in the holding pen', async () => {
    const res = await request(t.server)
      .post('/api/v1/inbound')
      .set(bearer(write))
      .set('Content-Type', 'message/rfc822')
      .send(rawMail('info@leverage.test'))
      .expect(202);
    expect(res.body).toMatchObject({
      via: 'api',
      status: 'held',
      holdReason: 'no_letter',
      subject: 'Re: Request for comment',
      from: 'Press Office <press@sandvine.example>',
    });
    const pen = await request(t.server).get('/api/v1/inbound?status=held').set(bearer(read)).expect(200);
    expect(pen.body.map((m: { id: string }) => m.id)).toContain(res.body.id);
    const one = await request(t.server).get(`/api/v1/inbound/${res.body.id}`).set(bearer(read)).expect(200);
    expect(one.body.text).toContain('We will look into it.');
    const dismissed = await request(t.server)
      .post(`/api/v1/inbound/${res.body.id}/dismiss`)
      .set(bearer(write))
      .expect(200);
    expect(dismissed.body.status).toBe('dismissed');
  });

  it('accepts text/plain too, and holds a forged reply address', async () => {
    const to = `reply+${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.deadbeef@leverage.test`;
    const res = await request(t.server)
      .post('/api/v1/inbound')
      .set(bearer(write))
      .set('Content-Type', 'text/plain')
      .send(rawMail(to))
      .expect(202);
    expect(res.body.status).toBe('held');
    expect(['forged_address', 'unknown_letter']).toContain(res.body.holdReason);
  });

  it('answers a message over the limit with 413 in the one error shape, and keeps nothing', async () => {
    const before = (await request(t.server).get('/api/v1/inbound').set(bearer(read)).expect(200)).body.length;
    const res = await request(t.server)
      .post('/api/v1/inbound')
      .set(bearer(write))
      .set('Content-Type', 'message/rfc822')
      .send(rawMail('info@leverage.test', 'x'.repeat(MAX * 2)))
      .expect(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large', details: [] });
    // Streamed, with no length announced: cut off at the limit all the same.
    const url = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const streamed = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${url}/api/v1/inbound`,
        {
          method: 'POST',
          headers: { ...bearer(write), 'Content-Type': 'message/rfc822', 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        },
      );
      req.on('error', reject);
      req.write(rawMail('info@leverage.test'));
      for (let i = 0; i < 4; i++) req.write('x'.repeat(1024));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('payload_too_large');
    const after = (await request(t.server).get('/api/v1/inbound').set(bearer(read)).expect(200)).body.length;
    expect(after).toBe(before);
  });

  it('takes a raw message from a signed-in organizer only with the CSRF header', async () => {
    const { agent, csrf } = await signIn(t, await createAccount(t, 'organizer'));
    const refused = await agent
      .post('/api/v1/inbound')
      .set('Content-Type', 'message/rfc822')
      .send(rawMail('info@leverage.test'))
      .expect(403);
    expect(refused.body.error.code).toBe('csrf_invalid');
    const taken = await agent
      .post('/api/v1/inbound')
      .set('Content-Type', 'message/rfc822')
      .set('X-CSRF-Token', csrf)
      .send(rawMail('info@leverage.test'))
      .expect(202);
    expect(taken.body.status).toBe('held');
  });

  it('refuses an empty body (400) and JSON (415)', async () => {
    const empty = await request(t.server).post('/api/v1/inbound').set(bearer(write)).expect(400);
    expect(empty.body.error.code).toBe('outreach_inbound_empty');
    const json = await request(t.server)
      .post('/api/v1/inbound')
      .set(bearer(write))
      .send({ raw: 'From: x' })
      .expect(415);
    expect(json.body.error.code).toBe('unsupported_media_type');
  });

  it('is described in OpenAPI as a raw message', async () => {
    const doc = (await request(t.server).get('/api/docs-json').expect(200)).body;
    const post = doc.paths['/api/v1/inbound'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(expect.arrayContaining(['message/rfc822']));
    expect(post.responses['202']).toBeDefined();
    expect(post.responses['413']).toBeDefined();
    for (const path of [
      '/api/v1/letters/{id}/send',
      '/api/v1/letters/{id}/preview',
      '/api/v1/contacts',
      '/api/v1/responses',
      '/api/v1/outreach/stats',
      '/api/v1/letter-batches',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
  });
});
