import request from 'supertest';
import { CorrectionProposalsService, EvidenceService, EvidenceWorkflowService } from '#libs/evidence';
import { StateBodyService } from '#libs/companies';
import { decode, editorFields, post } from '../support/console-forms';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/**
 * Corrections of public evidence in the console, under the four-eyes rule, without JavaScript: a
 * reviewer who proposes one cannot approve it, a rejection needs its comment, a proposal outrun by
 * a later change can only be rejected, and organizers see none of it.
 */
let t: TestApp;
let researcher: TestAccount;
let reviewer: TestAccount;
let secondReviewer: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  researcher = await createAccount(t, 'researcher');
  reviewer = await createAccount(t, 'reviewer');
  secondReviewer = await createAccount(t, 'reviewer');
});
afterAll(() => t?.close());

const proposalsOf = (id: string) => t.app.get(CorrectionProposalsService).forEvidence(id);
const publicTitle = async (id: string) => (await t.app.get(EvidenceService).get(id, 'public')).title;

test('a reviewer who proposes a correction cannot approve it; another reviewer rejects it, with a comment', async () => {
  const item = await publishEvidence(
    t,
    researcher,
    secondReviewer,
    supermicroCase({
      title: 'Proposed by a reviewer',
      sources: [{ url: 'https://example.org/proposed-by-reviewer', kind: 'press_report' }],
    }),
  );
  const url = `/console/evidence/${item.id}`;
  const proposer = await signIn(t, reviewer);
  const fields = editorFields((await proposer.agent.get(`${url}/correct`).expect(200)).text);
  const proposed = await post(proposer, `${url}/correct`, {
    ...fields,
    title: 'Renamed by the reviewer',
    reason: 'The tender calls them storage servers.',
  });
  expect([proposed.status, proposed.headers.location]).toEqual([303, `${url}?notice=proposed`]);
  const [proposal] = await proposalsOf(item.id);
  expect(proposal).toMatchObject({
    status: 'pending',
    diff: [{ field: 'title', before: 'Proposed by a reviewer', after: 'Renamed by the reviewer' }],
  });

  // The proposer is a reviewer, yet is offered no decision, and a forged approval is refused on the page.
  const own = await proposer.agent.get(url).expect(200);
  expect(own.text).toContain('You proposed this correction: another reviewer must approve it (four-eyes rule).');
  expect(own.text).not.toContain(`/console/evidence/proposals/${proposal.id}/approve`);
  expect(own.text).toContain('Proposed corrections waiting (1)');
  const forged = await post(proposer, `/console/evidence/proposals/${proposal.id}/approve`, { comment: 'Fine by me.' });
  expect(forged.status).toBe(403);
  expect(forged.text).toContain(
    'You proposed this correction, so you cannot approve it: another reviewer must (four-eyes rule).',
  );
  expect(await publicTitle(item.id)).toBe('Proposed by a reviewer');
  expect((await proposalsOf(item.id))[0].status).toBe('pending');

  // The review queue marks it as the viewer's own.
  const queue = await proposer.agent.get('/console/evidence/review').expect(200);
  expect(queue.text).toContain(`href="${url}#proposal-${proposal.id}"`);
  expect(queue.text).toContain('(you: another reviewer must approve it)');

  // A rejection needs its comment: refused beside the box, with nothing decided.
  const checker = await signIn(t, secondReviewer);
  const rejectUrl = `/console/evidence/proposals/${proposal.id}/reject`;
  const noComment = await post(checker, rejectUrl, { comment: '  ' });
  expect(noComment.status).toBe(400);
  expect(noComment.text).toContain(
    `id="reject-${proposal.id}-comment-error">Say why the correction is rejected; the proposer reads it.</p>`,
  );
  expect(noComment.text).toContain(`<a href="#reject-${proposal.id}-comment">`);
  expect((await proposalsOf(item.id))[0].status).toBe('pending');
  const rejected = await post(checker, rejectUrl, { comment: 'The tender says rack servers.' });
  expect([rejected.status, rejected.headers.location]).toEqual([303, `${url}?notice=correction_rejected`]);
  const page = decode((await checker.agent.get(rejected.headers.location).expect(200)).text);
  expect(page).toContain('Proposed correction rejected.');
  expect(page).toContain('<span class="tag proposal-rejected">rejected</span>');
  expect(page).toContain('The tender says rack servers.');
  expect(page).toContain('None is waiting.');
  expect(await publicTitle(item.id)).toBe('Proposed by a reviewer');
  // Decided is decided: approving it now is refused with 409.
  const late = await post(checker, `/console/evidence/proposals/${proposal.id}/approve`, {});
  expect(late.status).toBe(409);
  expect(late.text).toContain('This proposed correction was already rejected.');
  await post(checker, '/console/evidence/proposals/00000000-0000-4000-8000-000000000000/approve', {}).then((res) =>
    expect(res.status).toBe(404),
  );
});

test('a proposal outrun by a later change can no longer be approved: the page says so and offers only Reject', async () => {
  const item = await publishEvidence(
    t,
    researcher,
    secondReviewer,
    supermicroCase({
      title: 'Changed in between',
      sources: [{ url: 'https://example.org/changed-in-between', kind: 'press_report' }],
    }),
  );
  const proposals = t.app.get(CorrectionProposalsService);
  const stale = await proposals.propose(actorFor(researcher), item.id, {
    version: item.version,
    reason: 'Title first.',
    changes: { title: 'Changed in between, renamed' },
  });
  await t.app
    .get(EvidenceWorkflowService)
    .dispute(actorFor(reviewer), item.id, { version: item.version, reason: 'MAP INFO denies it.' });

  const checker = await signIn(t, secondReviewer);
  const url = `/console/evidence/${item.id}`;
  const page = await checker.agent.get(url).expect(200);
  expect(page.text).toContain(
    `The item changed after this correction was proposed (against version ${item.version}; it is now at version ${item.version + 1})`,
  );
  expect(page.text).not.toContain(`/console/evidence/proposals/${stale.id}/approve`);
  expect(page.text).toContain(`/console/evidence/proposals/${stale.id}/reject`);
  const refused = await post(checker, `/console/evidence/proposals/${stale.id}/approve`, {});
  expect(refused.status).toBe(409);
  expect(refused.text).toContain(`saved by ${reviewer.email}`);
  expect(await publicTitle(item.id)).toBe('Changed in between');
});

test('organizers see no proposed corrections, and cannot decide on one', async () => {
  const item = await publishEvidence(
    t,
    researcher,
    secondReviewer,
    supermicroCase({
      title: 'Seen by organizers',
      sources: [{ url: 'https://example.org/seen-by-organizers', kind: 'press_report' }],
    }),
  );
  const proposal = await t.app.get(CorrectionProposalsService).propose(actorFor(researcher), item.id, {
    version: item.version,
    reason: 'A reason organizers must not read.',
    changes: { title: 'Seen by organizers, renamed' },
  });
  const organizer = await signIn(t, await createAccount(t, 'organizer'));
  const page = await organizer.agent.get(`/console/evidence/${item.id}`).expect(200);
  expect(page.text).not.toContain('Proposed corrections');
  expect(page.text).not.toContain('A reason organizers must not read.');
  await post(organizer, `/console/evidence/proposals/${proposal.id}/approve`, {}).then((res) =>
    expect(res.status).toBe(403),
  );
  await organizer.agent.get('/console/evidence/review').expect(403);
  expect((await request(t.server).get(`/evidence/${item.id}`).expect(200)).text).not.toContain(
    'A reason organizers must not read.',
  );
});

test('the editor offers every state body as the end user, not only the first hundred', async () => {
  const bodies = t.app.get(StateBodyService);
  for (let n = 1; n <= 105; n++)
    await bodies.create(actorFor(researcher), { name: `Zz ministry ${String(n).padStart(3, '0')}`, country: 'BY' });
  const writer = await signIn(t, researcher);
  const form = await writer.agent.get('/console/evidence/new').expect(200);
  const endUser = /<select id="field-endUser"[^>]*>([\s\S]*?)<\/select>/.exec(form.text)?.[1] ?? '';
  expect(endUser).toContain('>Zz ministry 105</option>');
  expect(endUser).toContain('>State Security Committee of the Republic of Belarus</option>');
});
