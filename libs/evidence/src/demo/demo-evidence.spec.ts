import { DEMO_COMPANIES, DEMO_STATE_BODIES } from '#libs/companies';
import { validateInput } from '#libs/core';
import { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import { DEMO_DISPUTES, DEMO_EVIDENCE } from './demo-evidence';

const companySlugs = new Set(DEMO_COMPANIES.map((company) => company.slug));
const stateBodySlugs = new Set(DEMO_STATE_BODIES.map((body) => body.slug));
const allItems = DEMO_EVIDENCE;

describe('demo evidence', () => {
  it.each(allItems.map((item) => [item.title, item] as const))(
    '%s is a valid CreateEvidenceDto',
    async (_title, item) => {
      const { errors } = await validateInput(CreateEvidenceDto, item);
      expect(errors).toEqual([]);
    },
  );

  it('names only demo companies in its chains, each once', () => {
    for (const item of allItems) {
      for (const link of item.chain) expect(companySlugs).toContain(link.company);
      expect(new Set(item.chain.map((link) => link.company)).size).toBe(item.chain.length);
    }
  });

  it('ends every seeded harm item at a demo state body', () => {
    for (const item of DEMO_EVIDENCE) {
      if (item.endUser) expect(stateBodySlugs).toContain(item.endUser);
      if ((item.polarity ?? 'harm') === 'harm') expect(item.endUser).toBeTruthy();
    }
  });

  it('gives every item at least one source, with short excerpts', () => {
    for (const item of allItems) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect((source.excerpt ?? '').length).toBeLessThanOrEqual(300);
    }
  });

  it('has unique titles, and disputes that point at seeded items', () => {
    const titles = allItems.map((item) => item.title);
    expect(new Set(titles).size).toBe(titles.length);
    const seeded = new Set(DEMO_EVIDENCE.map((item) => item.title));
    for (const dispute of DEMO_DISPUTES) {
      expect(seeded).toContain(dispute.title);
      expect(dispute.reason.trim()).not.toBe('');
    }
  });
});
