import { DemoSeedService } from '#libs/companies';
import { SYSTEM_ACTOR, type Actor } from '#libs/core';
import {
  CorrectionProposalsService,
  EvidenceService,
  EvidenceWorkflowService,
  type CorrectEvidenceDto,
  type CreateEvidenceDto,
  type EvidenceView,
} from '#libs/evidence';
import type { TestAccount, TestApp } from './test-app';

/** The demo companies and state bodies (supermicro, map-info, kgb, …), without demo evidence. */
export async function seedRecord(testApp: TestApp): Promise<void> {
  await testApp.app.get(DemoSeedService).seed(SYSTEM_ACTOR);
}

export function actorFor(account: TestAccount): Actor {
  return { id: account.userId, label: account.email };
}

/** The Supermicro case as a researcher would enter it. */
export function supermicroCase(overrides: Partial<CreateEvidenceDto> = {}): CreateEvidenceDto {
  return {
    title: 'Supermicro servers for the KGB through MAP INFO',
    category: 'data_infrastructure',
    polarity: 'harm',
    confidence: 'corroborated',
    products: ['SuperServer rack servers'],
    endUser: 'kgb',
    chain: [
      { company: 'supermicro', role: 'manufacturer' },
      { company: 'map-info', role: 'reseller' },
    ],
    periodStart: '2020-06-01',
    periodEnd: '2020-12-31',
    value: 10_000_000,
    currency: 'USD',
    summary: 'A tender of the KGB bought Supermicro servers through the Minsk reseller MAP INFO.',
    sources: [
      {
        url: 'https://example.org/tenders/kgb-servers',
        publisher: 'Example Tenders',
        title: 'KGB server tender',
        publishedOn: '2020-09-15',
        kind: 'procurement_record',
        excerpt: 'Supermicro SuperServer',
      },
    ],
    ...overrides,
  };
}

/** VMware licences to the analytical center through Kvadrosoft (VMware is Broadcom's since 2023). */
export function vmwareCase(overrides: Partial<CreateEvidenceDto> = {}): CreateEvidenceDto {
  return supermicroCase({
    title: 'VMware licences for the analytical center through Kvadrosoft',
    category: 'surveillance',
    endUser: 'information-and-analytical-center',
    chain: [
      { company: 'vmware', role: 'vendor' },
      { company: 'kvadrosoft', role: 'reseller' },
    ],
    periodStart: '2020-09-01',
    periodEnd: '2020-09-30',
    ...overrides,
  });
}

/** Writes an item as `author`, submits it, and has `reviewer` publish it. */
export async function publishEvidence(
  testApp: TestApp,
  author: TestAccount,
  reviewer: TestAccount,
  dto: CreateEvidenceDto = supermicroCase(),
): Promise<EvidenceView> {
  const evidence = testApp.app.get(EvidenceService);
  const workflow = testApp.app.get(EvidenceWorkflowService);
  const draft = await evidence.create(actorFor(author), dto);
  const submitted = await workflow.submit(actorFor(author), draft.id, { version: draft.version });
  return workflow.publish(actorFor(reviewer), draft.id, { version: submitted.version });
}

/** A correction as the ledger makes it: `proposer` proposes it, `approver` (another reviewer) makes it. */
export async function correctEvidence(
  testApp: TestApp,
  proposer: TestAccount,
  approver: TestAccount,
  id: string,
  input: CorrectEvidenceDto,
): Promise<EvidenceView> {
  const corrections = testApp.app.get(CorrectionProposalsService);
  const proposal = await corrections.propose(actorFor(proposer), id, input);
  return corrections.approve(actorFor(approver), proposal.id, {});
}
