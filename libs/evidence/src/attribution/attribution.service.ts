import { Injectable } from '@nestjs/common';
import { CompaniesException } from '#libs/companies';
import { PUBLIC_STATUSES } from '../evidence.entity';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { NamedRefView, toEvidenceSummaryView, type EvidenceSummaryView } from '../evidence/evidence.view';
import { attribute, pathLabel, type Attribution } from './attribution';
import { AttributionRepository } from './attribution.repository';
import { AcquisitionView, AttributionView, CompanyEvidenceView, PathStepView } from './attribution.view';

/**
 * What counts for whom (public items only): every company in an item's chain, with its role, and
 * every company that owns one of them, labelled with the path.
 */
@Injectable()
export class AttributionService {
  constructor(
    private readonly attribution: AttributionRepository,
    private readonly evidence: EvidenceRepository,
  ) {}

  async forCompany(slug: string): Promise<CompanyEvidenceView> {
    const company = await this.evidence.findCompanyBySlug(slug);
    if (!company) throw CompaniesException.companyNotFound(slug);
    const ownedRows = await this.attribution.owned(company.id);
    // Every path to each owned company, shortest first (the rows come in that order).
    const owned = new Map<string, (typeof ownedRows)[number][]>();
    for (const row of ownedRows) owned.set(row.company_id, [...(owned.get(row.company_id) ?? []), row]);
    const items = await this.evidence.withChains(
      await this.attribution.findWithChainMembers([company.id, ...owned.keys()], [...PUBLIC_STATUSES]),
    );
    const names = new Map<string, { slug: string; name: string }>();
    for (const item of items)
      for (const link of item.chain) names.set(link.company.id, { slug: link.company.slug, name: link.company.name });
    const missing = [...new Set([...owned.values()].flat().flatMap((row) => row.path))].filter((id) => !names.has(id));
    for (const entity of await this.evidence.companiesById(missing))
      names.set(entity.id, { slug: entity.slug, name: entity.name });

    const view = new CompanyEvidenceView();
    view.company = Object.assign(new NamedRefView(), { slug: company.slug, name: company.name });
    view.items = items
      .map((item) => attribute(company, item, owned, names))
      .filter((found): found is Attribution => found !== null)
      .map(toAttributionView);
    return view;
  }

  /** Every public item whose chain ends at this state body: its suppliers and their paths. */
  async forStateBody(slug: string): Promise<EvidenceSummaryView[]> {
    const body = await this.evidence.findStateBodyBySlug(slug);
    if (!body) throw CompaniesException.stateBodyNotFound(slug);
    return (await this.evidence.withChains(await this.attribution.findForEndUser(body.id, [...PUBLIC_STATUSES]))).map(
      toEvidenceSummaryView,
    );
  }
}

function toAttributionView(found: Attribution): AttributionView {
  const view = new AttributionView();
  view.evidence = toEvidenceSummaryView(found.item);
  view.route = found.route;
  view.role = found.role;
  view.path = [
    ...found.subsidiaries.map((company) =>
      Object.assign(new PathStepView(), { kind: 'subsidiary', company: ref(company), role: null }),
    ),
    ...found.intermediaries.map((company) =>
      Object.assign(new PathStepView(), { kind: 'intermediary', company: ref(company), role: company.role }),
    ),
  ];
  view.pathLabel = pathLabel(found);
  view.acquiredLater = found.acquisition !== null;
  view.acquisition = found.acquisition
    ? Object.assign(new AcquisitionView(), {
        owner: ref(found.acquisition.owner),
        company: ref(found.acquisition.company),
        since: found.acquisition.since,
      })
    : null;
  return view;
}

function ref(company: { slug: string; name: string }): NamedRefView {
  return Object.assign(new NamedRefView(), { slug: company.slug, name: company.name });
}
