import { join } from 'node:path';
import { ContactsService, LettersService } from '#libs/outreach';
import { MailService } from '#libs/mail';
import { decode } from '../support/console-forms';
import { actorFor, seedRecord } from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/**
 * Outgoing mail in the console: a sent letter's message is listed, opened and read as text; its
 * HTML version appears only as escaped source. Organizers only; no SMTP_URL, so the page says the
 * mail goes to the outbox.
 */
let t: TestApp;
let organizer: TestAccount;
let researcher: TestAccount;
let letterId: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  organizer = await createAccount(t, 'organizer');
  researcher = await createAccount(t, 'researcher');
  const actor = actorFor(organizer);
  await t.app.get(ContactsService).create(actor, {
    company: 'supermicro',
    name: 'Press office',
    role: 'press',
    email: 'press@supermicro.example',
    escalationOrder: 1,
  });
  const letters = t.app.get(LettersService);
  const draft = await letters.compose(actor, {
    company: 'supermicro',
    subject: 'Questions for {{company.name}} about <servers>',
    body: 'Dear {{contact.name}},\n\nPlease answer about <script>alert(1)</script> the servers.',
  });
  await letters.send(actor, draft.id, { version: draft.version });
  letterId = draft.id;
});
afterAll(() => t?.close());

test("an organizer finds a letter's message in the list, opens it and reads its text", async () => {
  const session = await signIn(t, organizer);
  const [message] = await t.app.get(MailService).forRef('outreach_letter', letterId);
  expect(message).toBeDefined();

  const console = await session.agent.get('/console').expect(200);
  expect(console.text).toContain('href="/console/mail"');

  const list = await session.agent.get('/console/mail').expect(200);
  expect(decode(list.text)).toContain(`not sent: written as .eml files to ${join(t.config.dataDir, 'outbox')}`);
  expect(list.text).toContain(`href="/console/mail/${message.id}"`);
  expect(decode(list.text)).toContain('Questions for Supermicro about <servers>');
  expect(list.text).toContain('press@supermicro.example');
  expect(list.text).toContain(`href="/console/outreach/letters/${letterId}"`);
  expect(list.text).toContain('<span class="tag oc-delivery-queued">queued</span>');
  expect(list.text).not.toContain('<servers>');

  // The tabs: a status with no message says so; an unknown status shows them all.
  const sent = await session.agent.get('/console/mail?status=sent').expect(200);
  expect(sent.text).toContain('No message has been sent yet.');
  expect(sent.text).not.toContain(`href="/console/mail/${message.id}"`);
  const queued = await session.agent.get('/console/mail?status=queued').expect(200);
  expect(queued.text).toContain(`href="/console/mail/${message.id}"`);
  const unknown = await session.agent.get('/console/mail?status=nope').expect(200);
  expect(unknown.text).toContain(`href="/console/mail/${message.id}"`);

  const page = await session.agent.get(`/console/mail/${message.id}`).expect(200);
  expect(page.text).toContain('<h1>Questions for Supermicro about &lt;servers&gt;</h1>');
  expect(page.text).toMatch(
    /<pre class="oc-mail">Dear Press office,\n\nPlease answer about &lt;script&gt;alert\(1\)&lt;\/script&gt; the servers\./,
  );
  expect(page.text).toContain(message.messageId.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  expect(page.text).toContain(`href="/console/outreach/letters/${letterId}"`);
  expect(page.text).toContain('press@supermicro.example');
});

test('the HTML version appears only as escaped source, in a collapsed block', async () => {
  const session = await signIn(t, organizer);
  const [message] = await t.app.get(MailService).forRef('outreach_letter', letterId);
  const html = (await t.app.get(MailService).get(message.id)).html as string;
  expect(html).toContain('<p style=');

  const page = await session.agent.get(`/console/mail/${message.id}`).expect(200);
  const details = /<details class="oc-own-text">([\s\S]*?)<\/details>/.exec(page.text)?.[1] ?? '';
  expect(details).toContain('&lt;!doctype html&gt;');
  expect(details).toContain('&lt;p style&#x3D;&quot;margin: 0 0 1em 0;&quot;&gt;');
  // The letter escaped the <script> once; the page escapes that source again.
  expect(details).toContain('&amp;lt;script&amp;gt;');
  expect(decode(details)).toContain(html);
  expect(page.text).not.toContain('<p style=');
  expect(page.text).not.toContain('<script>alert');
  expect(page.text).not.toMatch(/<details[^>]* open/);
});

test('a researcher is refused; an unknown message is the 404 page', async () => {
  const [message] = await t.app.get(MailService).forRef('outreach_letter', letterId);
  const refused = await signIn(t, researcher);
  await refused.agent.get('/console/mail').expect(403);
  await refused.agent.get(`/console/mail/${message.id}`).expect(403);
  const console = await refused.agent.get('/console').expect(200);
  expect(console.text).not.toContain('href="/console/mail"');

  const session = await signIn(t, organizer);
  await session.agent.get('/console/mail/00000000-0000-4000-8000-000000000000').expect(404);
  await session.agent.get('/console/mail/not-an-id').expect(404);
});
