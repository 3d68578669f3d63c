import { InboundService, LettersService } from '#libs/outreach';
import { decode, fieldError, post, type Agent } from '../support/console-forms';
import { publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/**
 * Outreach in the organizer console, driven as a browser without JavaScript drives it: forms
 * only. A contact is added, a letter composed, refused while its text names a field that does not
 * exist, previewed, sent once and shown frozen; a second send is refused and queues nothing.
 */
let t: TestApp;
let organizer: TestAccount;
let researcher: TestAccount;
let evidenceId: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  organizer = await createAccount(t, 'organizer');
  researcher = await createAccount(t, 'researcher');
  const reviewer = await createAccount(t, 'reviewer');
  evidenceId = (await publishEvidence(t, researcher, reviewer, supermicroCase())).id;
});
afterAll(() => t?.close());

const letterIdOf = (location: string) => /\/console\/outreach\/letters\/([0-9a-f-]{36})/.exec(location)?.[1] as string;
/** The hidden version field of the form posting to `action`. */
function versionIn(html: string, action: string): string {
  const form =
    new RegExp(`<form method="post" action="${action.replace(/[/.]/g, '\\$&')}"[\\s\\S]*?</form>`).exec(html)?.[0] ??
    '';
  return /name="version" value="(\d+)"/.exec(form)?.[1] ?? '';
}

async function addPressOffice(session: Agent, slug: string, email: string): Promise<void> {
  const added = await post(session, `/console/outreach/companies/${slug}/contacts/new`, {
    name: 'Press office',
    role: 'press',
    email,
    source: 'https://www.example.com/contact',
    escalationOrder: '1',
    active: 'on',
  });
  expect(added.status).toBe(303);
}

test('an organizer adds a contact, composes, previews and sends a letter once', async () => {
  const session = await signIn(t, organizer);
  const dashboard = await session.agent.get('/console/outreach').expect(200);
  expect(dashboard.text).toContain('No letter is past its deadline.');
  expect(dashboard.text).toContain('href="/console/outreach"');

  // A contact: a bad address is refused beside its field, then a good one is kept.
  const page = await session.agent.get('/console/outreach/companies/supermicro').expect(200);
  expect(page.text).toContain('This company has no contact yet');
  const form = await session.agent.get('/console/outreach/companies/supermicro/contacts/new').expect(200);
  expect(form.text).toContain('name="escalationOrder" type="number" value="1"');
  const refused = await post(session, '/console/outreach/companies/supermicro/contacts/new', {
    name: 'Press office',
    role: 'press',
    email: 'not an address',
    escalationOrder: '1',
    active: 'on',
  });
  expect(refused.status).toBe(400);
  expect(fieldError(refused.text, 'email')).toBeTruthy();
  await addPressOffice(session, 'supermicro', 'press@supermicro.example');
  const withContact = await session.agent.get('/console/outreach/companies/supermicro').expect(200);
  expect(withContact.text).toContain('press@supermicro.example');

  // Compose: the contact and the company's evidence are ticked to begin with.
  const compose = await session.agent.get('/console/outreach/letters/new?company=supermicro').expect(200);
  expect(compose.text).toMatch(/name="contacts" value="[0-9a-f-]{36}" checked/);
  expect(compose.text).toContain(`name="evidence" value="${evidenceId}" checked`);
  const contactId = /name="contacts" value="([0-9a-f-]{36})"/.exec(compose.text)![1];

  // A field that does not exist is refused beside the text, naming it; nothing is written.
  const bad = await post(session, '/console/outreach/letters/new', {
    company: 'supermicro',
    template: 'inquiry',
    kind: 'initial',
    contacts: contactId,
    evidence: evidenceId,
    deadlineDays: '14',
    subject: '',
    body: 'Dear {{contact.name}},\n\nDear {{company.ceo}}, please answer.',
  });
  expect(bad.status).toBe(400);
  expect(fieldError(bad.text, 'body')).toContain('company.ceo');
  expect(decode(bad.text)).toContain('Dear {{company.ceo}}, please answer.');
  expect(await t.app.get(LettersService).list({ company: 'supermicro' })).toHaveLength(0);

  const composed = await post(session, '/console/outreach/letters/new', {
    company: 'supermicro',
    template: 'inquiry',
    kind: 'initial',
    contacts: contactId,
    evidence: evidenceId,
    deadlineDays: '14',
    subject: '',
    body: '',
  });
  expect(composed.status).toBe(303);
  const id = letterIdOf(composed.headers.location);
  const draft = await session.agent.get(`/console/outreach/letters/${id}`).expect(200);
  expect(draft.text).toContain('Send to 1 recipient');
  expect(draft.text).toContain('name="body"');

  // The editor refuses the same mistake, and keeps what was typed.
  const version = versionIn(draft.text, `/console/outreach/letters/${id}/edit`);
  const badEdit = await post(session, `/console/outreach/letters/${id}/edit`, {
    version,
    contacts: contactId,
    evidence: evidenceId,
    deadlineDays: '10',
    subject: 'Questions for {{company.name}}',
    body: 'Hello {{company.ceo}}',
  });
  expect(badEdit.status).toBe(400);
  expect(fieldError(badEdit.text, 'body')).toContain('company.ceo');
  const saved = await post(session, `/console/outreach/letters/${id}/edit`, {
    version,
    contacts: contactId,
    evidence: evidenceId,
    deadlineDays: '10',
    subject: 'Questions for {{company.name}}',
    body: 'Dear {{contact.name}},\n\nPlease answer by {{deadline}} about <the servers>.\n\n{{sender.name}}',
  });
  expect(saved.status).toBe(303);

  // The preview: the text in a <pre>, the HTML in a sandboxed frame served under its own policy.
  const preview = await session.agent.get(`/console/outreach/letters/${id}/preview`).expect(200);
  expect(preview.text).toContain('Questions for Supermicro');
  expect(preview.text).toMatch(/<pre class="oc-mail">Dear Press office,/);
  expect(preview.text).toContain('about &lt;the servers&gt;');
  expect(preview.text).toContain(`<iframe class="oc-html" sandbox src="/console/outreach/letters/${id}/preview.html"`);
  const html = await session.agent.get(`/console/outreach/letters/${id}/preview.html`).expect(200);
  expect(html.headers['content-type']).toMatch(/^text\/html/);
  expect(html.headers['content-security-policy']).toContain("default-src 'none'");
  expect(html.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(html.text).toContain('Press office');

  // Send: 303 back to the letter, frozen, with its delivery.
  const ready = await session.agent.get(`/console/outreach/letters/${id}`).expect(200);
  const sendVersion = versionIn(ready.text, `/console/outreach/letters/${id}/send`);
  const sent = await post(session, `/console/outreach/letters/${id}/send`, { version: sendVersion });
  expect(sent.status).toBe(303);
  expect(sent.headers.location).toBe(`/console/outreach/letters/${id}?notice=sent`);
  const frozen = await session.agent.get(sent.headers.location).expect(200);
  expect(frozen.text).not.toContain('name="body"');
  expect(frozen.text).toContain('Deliveries');
  expect(frozen.text).toMatch(/<th scope="row">press@supermicro\.example<\/th>/);
  expect(frozen.text).toContain('Content hash');
  expect(frozen.text).toContain('Publish the text');
  const deliveries = (await t.app.get(LettersService).get(id)).deliveries.length;
  expect(deliveries).toBe(1);

  // A second send (a double click, a stale tab) is refused plainly, and nothing more is queued.
  const again = await post(session, `/console/outreach/letters/${id}/send`, { version: sendVersion });
  expect(again.status).toBe(409);
  expect(decode(again.text)).toContain('This letter was sent on');
  expect((await t.app.get(LettersService).get(id)).deliveries.length).toBe(deliveries);

  // Publishing the text: once, then the button is gone.
  const publishVersion = versionIn(frozen.text, `/console/outreach/letters/${id}/publish`);
  expect((await post(session, `/console/outreach/letters/${id}/publish`, { version: publishVersion })).status).toBe(
    303,
  );
  const published = await session.agent.get(`/console/outreach/letters/${id}`).expect(200);
  expect(published.text).not.toContain('Publish the text</button>');
  expect(published.text).toContain('public since');
});

test('a held reply is read as text, attached to its letter and classified', async () => {
  const session = await signIn(t, organizer);
  const [letter] = await t.app.get(LettersService).list({ company: 'supermicro', status: 'sent' });
  const raw = [
    'From: Supermicro Press <press@supermicro.example>',
    'To: someone@leverage.test',
    'Subject: About your letter',
    'Message-ID: <reply-1@supermicro.example>',
    'Date: Tue, 1 Sep 2020 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'We deny <script>alert(1)</script> any sale to the KGB.',
    '',
  ].join('\r\n');
  const held = await t.app.get(InboundService).receive(Buffer.from(raw), { via: 'api' });
  expect(held.status).toBe('held');

  const pen = await session.agent.get('/console/outreach/inbound?tab=held').expect(200);
  expect(pen.text).toContain(`/console/outreach/inbound/${held.id}`);
  const item = await session.agent.get(`/console/outreach/inbound/${held.id}`).expect(200);
  expect(item.text).toContain('We deny &lt;script&gt;alert(1)&lt;/script&gt; any sale');
  expect(item.text).not.toContain('<script>alert(1)');
  const download = await session.agent.get(`/console/outreach/inbound/${held.id}/raw`).expect(200);
  expect(download.headers['content-type']).toMatch(/^message\/rfc822/);
  expect(download.headers['content-disposition']).toMatch(/^attachment;/);

  expect((await post(session, `/console/outreach/inbound/${held.id}/attach`, { letter: '' })).status).toBe(400);
  expect((await post(session, `/console/outreach/inbound/${held.id}/attach`, { letter: letter.id })).status).toBe(303);
  const noChoice = await post(session, `/console/outreach/inbound/${held.id}/classify`, {
    classification: '',
    text: 'We deny it.',
  });
  expect(noChoice.status).toBe(400);
  expect(fieldError(noChoice.text, 'classification')).toBeTruthy();
  const classified = await post(session, `/console/outreach/inbound/${held.id}/classify`, {
    classification: 'denied',
    evidence: evidenceId,
    text: 'We deny any sale to the KGB.',
  });
  expect(classified.status).toBe(303);
  const page = await session.agent.get(`/console/outreach/letters/${letter.id}`).expect(200);
  expect(page.text).toContain('We deny any sale to the KGB.');
  expect(page.text).toContain('answered');
});

test('a batch writes one draft per company and sends those that have a contact', async () => {
  const session = await signIn(t, organizer);
  await addPressOffice(session, 'intel', 'press@intel.example');
  const none = await post(session, '/console/outreach/batches/new', {
    title: 'Joint letter',
    template: 'joint-letter',
    deadlineDays: '14',
  });
  expect(none.status).toBe(400);
  expect(fieldError(none.text, 'companies')).toBeTruthy();
  const created = await session.agent
    .post('/console/outreach/batches/new')
    .type('form')
    .send(
      `_csrf=${encodeURIComponent(session.csrf)}&title=Joint+letter&template=joint-letter&companies=intel&companies=seagate&deadlineDays=14`,
    )
    .redirects(0);
  expect(created.status).toBe(303);
  const batchUrl = created.headers.location.replace(/\?.*$/, '');
  const batch = await session.agent.get(batchUrl).expect(200);
  expect(batch.text).toContain('needs a contact');
  expect(batch.text).toContain('Send 1 letter');
  expect((await post(session, `${batchUrl}/send`, {})).status).toBe(303);
  const after = await session.agent.get(batchUrl).expect(200);
  expect(after.text).toContain('press@intel.example');
  expect(after.text).toContain('needs a contact');
  const [intel] = await t.app.get(LettersService).list({ company: 'intel' });
  expect(intel.status).toBe('sent');
});

test('a researcher may not use the outreach console', async () => {
  const session = await signIn(t, researcher);
  expect((await session.agent.get('/console/outreach')).status).toBe(403);
  expect((await session.agent.get('/console/outreach/letters/new?company=supermicro')).status).toBe(403);
  expect(
    (
      await post(session, '/console/outreach/companies/supermicro/contacts/new', {
        name: 'x',
        role: 'press',
        email: 'x@example.com',
        escalationOrder: '1',
      })
    ).status,
  ).toBe(403);
  const console = await session.agent.get('/console').expect(200);
  expect(console.text).not.toContain('href="/console/outreach"');
});
