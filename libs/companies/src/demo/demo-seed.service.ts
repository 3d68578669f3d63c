import { Injectable } from '@nestjs/common';
import { UnitOfWork, type Actor, type Tx } from '#libs/core';
import { CompanyService } from '../company/company.service';
import { OwnershipRepository } from '../ownership/ownership.repository';
import { OwnershipService } from '../ownership/ownership.service';
import type { UpsertOutcome } from '../shared/records';
import { StateBodyService } from '../state-body/state-body.service';
import { DEMO_COMPANIES, DEMO_OWNERSHIPS, DEMO_STATE_BODIES } from './demo-data';

export type SeedCounts = Record<UpsertOutcome, number>;

export interface DemoSeedReport {
  companies: SeedCounts;
  ownerships: SeedCounts;
  stateBodies: SeedCounts;
}

function counts(): SeedCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/**
 * Seeds the founding case through the same upserts as an import: running it again changes nothing.
 * The whole seed is one transaction, so a start that crashes half-way leaves nothing behind and
 * the next start seeds it all.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly companies: CompanyService,
    private readonly ownerships: OwnershipService,
    private readonly stateBodies: StateBodyService,
    private readonly graph: OwnershipRepository,
  ) {}

  /**
   * First start only: once the record has any company, the seed stays away, so that a demo
   * company an organizer deleted does not come back on the next restart. Two nodes starting at
   * once take turns on the graph lock; the second finds the record seeded.
   */
  async seedIfEmpty(actor: Actor): Promise<DemoSeedReport | null> {
    if (await this.companies.hasAny()) return null;
    return this.uow.run(async (tx) => {
      await this.graph.lockGraph(tx);
      if (await this.companies.hasAny(tx)) return null;
      return this.seedIn(tx, actor);
    });
  }

  async seed(actor: Actor): Promise<DemoSeedReport> {
    return this.uow.run(async (tx) => {
      await this.graph.lockGraph(tx);
      return this.seedIn(tx, actor);
    });
  }

  private async seedIn(tx: Tx, actor: Actor): Promise<DemoSeedReport> {
    const report: DemoSeedReport = { companies: counts(), ownerships: counts(), stateBodies: counts() };
    for (const company of DEMO_COMPANIES)
      report.companies[(await this.companies.upsert(actor, company, tx)).outcome] += 1;
    for (const ownership of DEMO_OWNERSHIPS)
      report.ownerships[(await this.ownerships.upsert(actor, ownership, tx)).outcome] += 1;
    for (const body of DEMO_STATE_BODIES)
      report.stateBodies[(await this.stateBodies.upsert(actor, body, tx)).outcome] += 1;
    return report;
  }
}
