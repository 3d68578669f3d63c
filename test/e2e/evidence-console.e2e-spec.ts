import request from 'supertest';
import { EvidenceService, EvidenceWorkflowService } from '#libs/evidence';
import { decode, editorFields, fieldError, post } from '../support/console-forms';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/**
 * The evidence console as researchers and reviewers use it, without JavaScript: the editor's
 * numbered rows, the four-eyes review, refusals shown on the page (never a 500), corrections
 * proposed, approved by a second reviewer and shown with what they changed.
 */
let t: TestApp;
let researcher: TestAccount;
let reviewer: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  researcher = await createAccount(t, 'researcher');
  reviewer = await createAccount(t, 'reviewer');
});
afterAll(() => t?.close());

/** The Supermicro case as typed into the editor: major units, one source, chain by slug. */
function supermicroForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Supermicro servers for the KGB through MAP INFO',
    category: 'data_infrastructure',
    polarity: 'harm',
    confidence: 'corroborated',
    summary: 'A tender of the KGB bought Supermicro servers through the Minsk reseller MAP INFO.',
    products: 'SuperServer rack servers\r\nSuperServer storage',
    'chain.0.company': 'supermicro',
    'chain.0.role': 'manufacturer',
    'chain.1.company': 'map-info',
    'chain.1.role': 'reseller',
    endUser: 'kgb',
    periodStart: '2020-06-01',
    periodEnd: '',
    value: '100000.00',
    currency: 'USD',
    'sources.0.url': 'https://example.org/tenders/kgb-servers-console',
    'sources.0.publisher': 'Example Tenders',
    'sources.0.title': 'KGB server tender',
    'sources.0.publishedOn': '2020-09-15',
    'sources.0.archivedUrl': '',
    'sources.0.kind': 'procurement_record',
    'sources.0.excerpt': 'Supermicro SuperServer, 12 pieces',
    procurementRecords: '',
    ...overrides,
  };
}

async function countItems(): Promise<number> {
  return (await t.app.get(EvidenceService).list({ limit: 100 }, 'staff')).data.length;
}

test('a researcher records the Supermicro case, a second reviewer publishes it, a correction is proposed and approved', async () => {
  const writer = await signIn(t, researcher);
  const blank = await writer.agent.get('/console/evidence/new').expect(200);
  expect(blank.text).toContain('name="chain.0.company"');
  expect(blank.text).toContain('name="sources.0.url"');
  expect(blank.text).not.toContain('name="chain.1.company"');
  // Enter saves: the first submit button of the editor is "Save".
  expect(
    /<form[^>]*evidence-editor[\s\S]*?<button type="submit" name="_action" value="([a-z_]+)"/.exec(blank.text)?.[1],
  ).toBe('save');

  // "Add another company" re-renders the form with one more row, keeping what was typed, saving nothing.
  const first = Object.fromEntries(Object.entries(supermicroForm()).filter(([key]) => !key.startsWith('chain.1.')));
  const added = await post(writer, '/console/evidence/new', { ...first, _action: 'add_chain' });
  expect(added.status).toBe(200);
  const afterAdd = editorFields(added.text);
  expect(afterAdd['chain.0.company']).toBe('supermicro');
  expect(afterAdd['chain.1.company']).toBe('');
  expect(afterAdd.title).toBe('Supermicro servers for the KGB through MAP INFO');
  const withSource = await post(writer, '/console/evidence/new', {
    ...afterAdd,
    'chain.1.company': 'map-info',
    'chain.1.role': 'reseller',
    _action: 'add_source',
  });
  expect(withSource.status).toBe(200);
  expect(editorFields(withSource.text)['sources.1.url']).toBe('');
  expect(await countItems()).toBe(0);

  // Save: the empty second source is left out.
  const saved = await post(writer, '/console/evidence/new', editorFields(withSource.text));
  expect(saved.status).toBe(303);
  const match = /^\/console\/evidence\/([0-9a-f-]{36})\?notice=created$/.exec(saved.headers.location);
  expect(match).not.toBeNull();
  const id = match![1];
  const itemUrl = `/console/evidence/${id}`;
  const draft = await writer.agent.get(saved.headers.location).expect(200);
  expect(draft.text).toContain('Draft saved.');
  expect(draft.text).toContain('Supermicro</a> <span class="muted">(Manufacturer)</span>');
  expect(draft.text).toContain('MAP INFO</a> <span class="muted">(Reseller)</span>');
  expect(draft.text).toContain('$100,000.00');
  expect(draft.text).toContain(`href="/console/history/evidence/${id}"`);
  const stored = await t.app.get(EvidenceService).get(id, 'staff');
  expect(stored.sources.map((source) => source.url)).toEqual(['https://example.org/tenders/kgb-servers-console']);
  expect(stored.value).toMatchObject({ minor: '10000000', currency: 'USD' });
  expect(stored.products).toEqual(['SuperServer rack servers', 'SuperServer storage']);

  const submitted = await post(writer, `${itemUrl}/submit`, {
    version: '1',
    comment: 'Ready: tender and press report agree.',
  });
  expect([submitted.status, submitted.headers.location]).toEqual([303, `${itemUrl}?notice=submitted`]);

  // The author is offered no "Publish", and a forged one is refused and changes nothing.
  const own = await writer.agent.get(itemUrl).expect(200);
  expect(own.text).toContain('in review');
  expect(own.text).not.toContain(`action="${itemUrl}/publish"`);
  const forged = await post(writer, `${itemUrl}/publish`, { version: '2' });
  expect(forged.status).toBe(403);
  expect((await t.app.get(EvidenceService).get(id, 'staff')).status).toBe('in_review');
  await request(t.server).get(`/evidence/${id}`).expect(404);

  // A second account, a reviewer, finds it in the queue and publishes it.
  const checker = await signIn(t, reviewer);
  const queue = await checker.agent.get('/console/evidence/review').expect(200);
  expect(queue.text).toContain(`href="${itemUrl}"`);
  const review = await checker.agent.get(itemUrl).expect(200);
  expect(review.text).toContain(`action="${itemUrl}/publish"`);
  expect(review.text).toContain('Ready: tender and press report agree.');
  const published = await post(checker, `${itemUrl}/publish`, { version: '2', comment: 'Checked against the tender.' });
  expect([published.status, published.headers.location]).toEqual([303, `${itemUrl}?notice=published`]);
  const publicPage = await request(t.server).get(`/evidence/${id}`).expect(200);
  expect(publicPage.text).toContain('Supermicro servers for the KGB through MAP INFO');

  // A correction is proposed: the prefilled form sent back with one change proposes exactly that change.
  const correctForm = await writer.agent.get(`${itemUrl}/correct`).expect(200);
  expect(correctForm.text).toContain('Propose the correction');
  const fields = editorFields(correctForm.text);
  expect(fields).toMatchObject({
    value: '100000.00',
    currency: 'USD',
    endUser: 'kgb',
    'chain.1.company': 'map-info',
    version: '3',
  });
  const noReason = await post(writer, `${itemUrl}/correct`, { ...fields, value: '120000.00' });
  expect(noReason.status).toBe(400);
  expect(fieldError(noReason.text, 'reason')).toBe('Give the reason; the public reads it.');
  const proposed = await post(writer, `${itemUrl}/correct`, {
    ...fields,
    value: '120000.00',
    reason: 'The tender award notice gives 120,000 USD.',
  });
  expect([proposed.status, proposed.headers.location]).toEqual([303, `${itemUrl}?notice=proposed`]);
  const waiting = await writer.agent.get(proposed.headers.location).expect(200);
  expect(waiting.text).toContain('Correction proposed; a second reviewer must approve it.');
  expect(waiting.text).toContain('You proposed this correction: another reviewer must approve it (four-eyes rule).');
  expect(waiting.text).toMatch(
    /<th scope="row">value<\/th><td class="diff-before">\$100,000\.00<\/td><td class="diff-after">\$120,000\.00<\/td>/,
  );
  expect(waiting.text).not.toContain('/approve"');
  // Nothing public changes until a second reviewer approves it.
  const unchanged = await request(t.server).get(`/evidence/${id}`).expect(200);
  expect(unchanged.text).toContain('$100,000.00');
  expect(unchanged.text).not.toContain('$120,000.00');
  expect((await request(t.server).get('/corrections').expect(200)).text).not.toContain(
    'The tender award notice gives 120,000 USD.',
  );

  // The reviewer finds it in the queue, with the forms to decide on it.
  const queued = await checker.agent.get('/console/evidence/review').expect(200);
  const corrections = queued.text.slice(queued.text.indexOf('id="corrections-heading"'));
  expect(corrections).toContain('The tender award notice gives 120,000 USD.');
  expect(corrections).toContain(researcher.email);
  const proposalId = new RegExp(
    `href="${itemUrl}#proposal-([0-9a-f-]{36})">Supermicro servers for the KGB through MAP INFO</a>`,
  ).exec(corrections)?.[1];
  expect(proposalId).toBeDefined();
  const approveUrl = `/console/evidence/proposals/${proposalId}/approve`;
  const toDecide = await checker.agent.get(itemUrl).expect(200);
  expect(toDecide.text).toContain(`action="${approveUrl}"`);
  expect(toDecide.text).toContain(`action="/console/evidence/proposals/${proposalId}/reject"`);

  // A forged approval by the proposer is refused and changes nothing.
  const forgedApproval = await post(writer, approveUrl, {});
  expect(forgedApproval.status).toBe(403);
  expect((await t.app.get(EvidenceService).get(id, 'public')).value?.formatted).toBe('$100,000.00');

  const approved = await post(checker, approveUrl, { comment: 'Matches the award notice.' });
  expect([approved.status, approved.headers.location]).toEqual([303, `${itemUrl}?notice=correction_made`]);
  const after = await writer.agent.get(approved.headers.location).expect(200);
  expect(after.text).toContain('Correction approved and made');
  expect(after.text).toMatch(
    /<th scope="row">value<\/th><td class="diff-before">\$100,000\.00<\/td><td class="diff-after">\$120,000\.00<\/td>/,
  );
  expect(after.text.match(/<td class="diff-before">/g)).toHaveLength(1);
  expect(after.text).toContain('Matches the award notice.');
  const publicAfter = await request(t.server).get(`/evidence/${id}`).expect(200);
  expect(publicAfter.text).toContain('$120,000.00');
  expect(publicAfter.text).toContain('The tender award notice gives 120,000 USD.');
  expect((await request(t.server).get('/corrections').expect(200)).text).toContain(
    'The tender award notice gives 120,000 USD.',
  );
  expect((await checker.agent.get('/console/evidence/review').expect(200)).text).toContain(
    'No correction is waiting for approval.',
  );
});

test('bad input comes back with messages beside the fields, and nothing is saved', async () => {
  const writer = await signIn(t, researcher);
  const before = await countItems();
  const noEndUser = await post(writer, '/console/evidence/new', supermicroForm({ endUser: '' }));
  expect(noEndUser.status).toBe(400);
  expect(fieldError(noEndUser.text, 'endUser')).toBe('The chain must end at a state body: choose the end user.');
  expect(editorFields(noEndUser.text)['chain.1.company']).toBe('map-info');

  const badCurrency = await post(writer, '/console/evidence/new', supermicroForm({ currency: 'XXQ' }));
  expect(badCurrency.status).toBe(400);
  expect(fieldError(badCurrency.text, 'currency')).toBe(
    'Enter an ISO 4217 currency code that exists, such as USD, EUR or BYN.',
  );

  const decimals = await post(writer, '/console/evidence/new', supermicroForm({ value: '100.001' }));
  expect(fieldError(decimals.text, 'value')).toBe('This amount has more decimals than USD has (2).');
  const yen = await post(writer, '/console/evidence/new', supermicroForm({ value: '100.5', currency: 'JPY' }));
  expect(fieldError(yen.text, 'value')).toBe('This amount has more decimals than JPY has (0).');

  const noUrl = await post(writer, '/console/evidence/new', supermicroForm({ 'sources.0.url': '' }));
  expect(noUrl.status).toBe(400);
  expect(fieldError(noUrl.text, 'sources.0.url')).toBe('Every source needs its web address (http or https).');

  // A blank first row is left out, yet the message stays beside the row it belongs to.
  for (const url of ['javascript:alert(1)', 'ftp://example.org/tender.pdf']) {
    const fields = supermicroForm({
      'sources.0.url': '',
      'sources.0.publisher': '',
      'sources.0.title': '',
      'sources.0.publishedOn': '',
      'sources.0.kind': '',
      'sources.0.excerpt': '',
    });
    const res = await post(writer, '/console/evidence/new', {
      ...fields,
      'sources.1.url': url,
      'sources.1.kind': 'press_report',
    });
    expect([url, res.status]).toEqual([url, 400]);
    expect(fieldError(res.text, 'sources.1.url')).toBe('Enter a full web address starting with http:// or https://.');
    expect(fieldError(res.text, 'sources.0.url')).toBeUndefined();
    expect(res.text).not.toContain('href="javascript:');
  }

  // A removed row is gone; its neighbours move up.
  const removed = await post(
    writer,
    '/console/evidence/new',
    supermicroForm({ 'chain.0.remove': '1', _action: 'add_source' }),
  );
  expect(editorFields(removed.text)['chain.0.company']).toBe('map-info');
  expect(removed.text).not.toContain('name="chain.1.company"');
  expect(await countItems()).toBe(before);
});

test('two edits from the same version: the second is refused with 409 naming who saved first', async () => {
  const other = await createAccount(t, 'researcher');
  const draft = await t.app
    .get(EvidenceService)
    .create(
      actorFor(researcher),
      supermicroCase({ sources: [{ url: 'https://example.org/conflict', kind: 'press_report' }] }),
    );
  const first = await signIn(t, researcher);
  const second = await signIn(t, other);
  const formA = editorFields((await first.agent.get(`/console/evidence/${draft.id}/edit`).expect(200)).text);
  const formB = editorFields((await second.agent.get(`/console/evidence/${draft.id}/edit`).expect(200)).text);
  expect(formA.version).toBe('1');
  await post(first, `/console/evidence/${draft.id}/edit`, { ...formA, title: 'Title by the first researcher' }).then(
    (res) => expect(res.status).toBe(303),
  );
  const refused = await post(second, `/console/evidence/${draft.id}/edit`, {
    ...formB,
    title: 'Title by the second researcher',
  });
  expect(refused.status).toBe(409);
  expect(refused.text).toContain(`This item was changed by ${researcher.email}`);
  expect(editorFields(refused.text).title).toBe('Title by the second researcher');
  expect((await t.app.get(EvidenceService).get(draft.id, 'staff')).title).toBe('Title by the first researcher');
});

test('a published item is not edited in place: /edit answers 409 and points to the correction form', async () => {
  const item = await publishEvidence(
    t,
    researcher,
    reviewer,
    supermicroCase({ sources: [{ url: 'https://example.org/published-edit', kind: 'press_report' }] }),
  );
  const writer = await signIn(t, researcher);
  const page = await writer.agent.get(`/console/evidence/${item.id}/edit`);
  expect(page.status).toBe(409);
  expect(page.text).toContain('only through a correction');
  expect(page.text).toContain(`href="/console/evidence/${item.id}/correct"`);
  const forged = await post(
    writer,
    `/console/evidence/${item.id}/edit`,
    supermicroForm({ version: String(item.version), title: 'Silently changed' }),
  );
  expect(forged.status).toBe(409);
  expect(forged.text).toContain(`href="/console/evidence/${item.id}/correct"`);
  expect((await t.app.get(EvidenceService).get(item.id, 'public')).title).toBe(
    'Supermicro servers for the KGB through MAP INFO',
  );
});

test('review steps: four eyes for an admin author, comments and reasons required, stale versions and wrong statuses refused', async () => {
  const admin = await createAccount(t, 'admin');
  const evidence = t.app.get(EvidenceService);
  const workflow = t.app.get(EvidenceWorkflowService);
  const draft = await evidence.create(
    actorFor(admin),
    supermicroCase({
      title: 'Written by an admin',
      sources: [{ url: 'https://example.org/admin-item', kind: 'press_report' }],
    }),
  );
  await workflow.submit(actorFor(admin), draft.id, { version: 1 });
  const url = `/console/evidence/${draft.id}`;

  const boss = await signIn(t, admin);
  const own = await boss.agent.get(url).expect(200);
  expect(own.text).not.toContain(`action="${url}/publish"`);
  expect(own.text).toContain('You wrote or edited this item, so you cannot publish it');
  const forged = await post(boss, `${url}/publish`, { version: '2' });
  expect(forged.status).toBe(403);
  expect(forged.text).toContain('You wrote or edited this item, so you cannot publish it');

  const checker = await signIn(t, reviewer);
  const noComment = await post(checker, `${url}/return`, { version: '2', comment: ' ' });
  expect(noComment.status).toBe(400);
  expect(noComment.text).toContain('id="return-comment-error">Say what the author should change.</p>');
  await post(checker, `${url}/return`, { version: '2', comment: 'Name the tender reference.' }).then((res) =>
    expect(res.headers.location).toBe(`${url}?notice=returned`),
  );
  const returned = await boss.agent.get(url).expect(200);
  expect(returned.text).toContain('Name the tender reference.');
  expect(returned.text).toContain(`href="${url}/edit"`);

  // Edited and submitted again: the reviewer sees what changed since they sent it back.
  const form = editorFields((await boss.agent.get(`${url}/edit`).expect(200)).text);
  await post(boss, `${url}/edit`, {
    ...form,
    procurementRecords: '',
    summary: 'Tender BY-2020-0915-KGB-17 bought the servers.',
  }).then((res) => expect(res.status).toBe(303));
  await post(boss, `${url}/submit`, { version: '4' }).then((res) => expect(res.status).toBe(303));
  const again = await checker.agent.get(url).expect(200);
  expect(again.text).toMatch(
    /<th scope="row">summary<\/th><td class="diff-before">A tender of the KGB[^<]*<\/td><td class="diff-after">Tender BY-2020-0915-KGB-17 bought the servers\.<\/td>/,
  );

  const stale = await post(checker, `${url}/publish`, { version: '2' });
  expect(stale.status).toBe(409);
  expect(stale.text).toContain(`changed by ${admin.email}`);
  await post(checker, `${url}/publish`, { version: '5' }).then((res) => expect(res.status).toBe(303));

  const noReason = await post(checker, `${url}/dispute`, { version: '6', reason: '' });
  expect(noReason.status).toBe(400);
  expect(noReason.text).toContain('id="dispute-reason-error">Give the reason; the public reads it.</p>');
  await post(checker, `${url}/dispute`, { version: '6', reason: 'Supermicro denies the sale.' }).then((res) =>
    expect(res.headers.location).toBe(`${url}?notice=disputed`),
  );
  const disputed = await checker.agent.get(url).expect(200);
  expect(disputed.text).toContain('Supermicro denies the sale.');
  expect(disputed.text).toContain(`action="${url}/resolve"`);
  await post(checker, `${url}/resolve`, { version: '7', reason: 'The tender documents confirm it.' }).then((res) =>
    expect(res.status).toBe(303),
  );
  await post(checker, `${url}/retract`, { version: '8', reason: 'The tender was cancelled.' }).then((res) =>
    expect(res.status).toBe(303),
  );
  const twice = await post(checker, `${url}/retract`, { version: '9', reason: 'Again.' });
  expect(twice.status).toBe(409);
  expect(twice.text).toContain('You cannot retract an item that is retracted.');
  expect((await evidence.get(draft.id, 'public')).status).toBe('retracted');
});

test('a draft is deleted after a confirmation; organizers see only what the public sees', async () => {
  const draft = await t.app.get(EvidenceService).create(
    actorFor(researcher),
    supermicroCase({
      title: 'A draft to delete',
      sources: [{ url: 'https://example.org/tenders/kgb-servers', kind: 'press_report' }],
    }),
  );
  const writer = await signIn(t, researcher);
  const confirm = await writer.agent.get(`/console/evidence/${draft.id}/delete`).expect(200);
  expect(confirm.text).toContain('Delete the draft &quot;A draft to delete&quot;?');

  const organizer = await signIn(t, await createAccount(t, 'organizer'));
  await organizer.agent.get(`/console/evidence/${draft.id}`).expect(404);
  const list = await organizer.agent.get('/console/evidence').expect(200);
  expect(list.text).not.toContain('A draft to delete');
  expect(list.text).not.toContain('href="/console/evidence?status=draft"');
  expect(list.text).not.toContain('New evidence');
  await organizer.agent.get('/console/evidence?status=bogus').expect(400);
  // A public item reads as the public reads it: no accounts behind it, no review steps to take.
  const published = await publishEvidence(
    t,
    researcher,
    reviewer,
    supermicroCase({
      title: 'Public to organizers',
      sources: [{ url: 'https://example.org/organizers', kind: 'press_report' }],
    }),
  );
  const seen = await organizer.agent.get(`/console/evidence/${published.id}`).expect(200);
  expect(seen.text).toContain('<h1>Public to organizers</h1>');
  expect(seen.text).not.toContain(researcher.email);
  expect(seen.text).not.toContain(reviewer.email);
  expect(seen.text).not.toContain('<form method="post" action="/console/evidence/');

  const deleted = await post(writer, `/console/evidence/${draft.id}/delete`, { version: '1' });
  expect([deleted.status, deleted.headers.location]).toEqual([303, '/console/evidence?notice=deleted']);
  await writer.agent.get(`/console/evidence/${draft.id}`).expect(404);
});

test('a source address another item cites is pointed out, never refused', async () => {
  const other = await publishEvidence(
    t,
    researcher,
    reviewer,
    supermicroCase({
      title: 'Item citing the shared report',
      sources: [{ url: 'https://example.org/shared-report', kind: 'investigation' }],
    }),
  );
  const writer = await signIn(t, researcher);
  const fields = supermicroForm({
    title: 'A second item on the same report',
    'sources.0.url': 'https://example.org/shared-report',
  });
  const added = await post(writer, '/console/evidence/new', { ...fields, _action: 'add_source' });
  expect(added.status).toBe(200);
  expect(added.text).toContain('This address is also a source of:');
  expect(added.text).toContain(`<a href="/console/evidence/${other.id}">Item citing the shared report</a>`);
  const saved = await post(writer, '/console/evidence/new', fields);
  expect(saved.status).toBe(303);
  const page = await writer.agent.get(saved.headers.location).expect(200);
  expect(page.text).toContain(`<a href="/console/evidence/${other.id}">Item citing the shared report</a>`);
});

test('the list pages through every item with a cursor, status tab by status tab', async () => {
  const evidence = t.app.get(EvidenceService);
  for (let n = 1; n <= 51; n++) {
    await evidence.create(
      actorFor(researcher),
      supermicroCase({
        title: `Paging item ${n}`,
        sources: [{ url: `https://example.org/paging/${n}`, kind: 'press_report' }],
      }),
    );
  }
  const writer = await signIn(t, researcher);
  // Handlebars escapes `=` and `&` in attributes; a browser reads them back as written.
  const first = decode((await writer.agent.get('/console/evidence?status=draft').expect(200)).text);
  expect(first).toContain('<a href="/console/evidence?status=draft" aria-current="page">Drafts</a>');
  const next = /<a href="([^"]+)" rel="next">/.exec(first)?.[1];
  expect(next).toMatch(/^\/console\/evidence\?status=draft&cursor=/);
  const second = decode((await writer.agent.get(next!).expect(200)).text);
  expect(second).toContain('href="/console/evidence?status=draft">First page</a>');
  expect(second).not.toContain('rel="next"');
  const titles = [first, second].flatMap((html) => [...html.matchAll(/>(Paging item \d+)<\/a>/g)].map((m) => m[1]));
  expect(new Set(titles).size).toBe(51);
  expect(titles).toHaveLength(51);
  const published = await writer.agent.get('/console/evidence?status=published').expect(200);
  expect(published.text).not.toContain('Paging item');
  await writer.agent.get('/console/evidence?cursor=not-a-cursor').expect(400);
});
