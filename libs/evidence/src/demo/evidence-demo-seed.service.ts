import { Injectable } from '@nestjs/common';
import { Clock, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import { resolveEvidence } from '../evidence/evidence.fields';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { EvidenceWriter } from '../evidence/evidence-writer';
import { DEMO_DISPUTES, DEMO_EVIDENCE } from './demo-evidence';

export interface EvidenceSeedReport {
  created: number;
  /** Left out because the ledger already held evidence. */
  skipped: number;
}

/**
 * Seeds the founding case's evidence, published, after the company record is seeded. The items
 * come from public reporting that was checked when the seed was written, so they enter published
 * under the seed's name instead of passing the four-eyes review; the audit trail and the public
 * page say so. Only an empty ledger is seeded: once it holds any item, the items are the record's
 * own (perhaps corrected or retracted), and seeding again would bring back what was changed.
 */
@Injectable()
export class EvidenceDemoSeedService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly writer: EvidenceWriter,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** First start only: once the ledger holds any item, the seed stays away. */
  async seedIfEmpty(actor: Actor): Promise<EvidenceSeedReport | null> {
    if (await this.evidence.existsAny()) return null;
    return this.seed(actor);
  }

  /** `outer` makes the seed part of a larger transaction (the whole demo seed). */
  async seed(actor: Actor, outer?: Tx): Promise<EvidenceSeedReport> {
    const work = async (tx: Tx): Promise<EvidenceSeedReport> => {
      if (await this.evidence.existsAny(tx)) return { created: 0, skipped: DEMO_EVIDENCE.length };
      for (const item of DEMO_EVIDENCE)
        await this.insertPublished(tx, actor, await validateOrThrow(CreateEvidenceDto, item));
      return { created: DEMO_EVIDENCE.length, skipped: 0 };
    };
    return outer ? work(outer) : this.uow.run(work);
  }

  private async insertPublished(tx: Tx, actor: Actor, dto: CreateEvidenceDto): Promise<void> {
    const resolved = await resolveEvidence(tx, this.evidence, dto);
    const now = this.clock.now();
    const dispute = DEMO_DISPUTES.find((entry) => entry.title === dto.title);
    const entity = await this.evidence.insert(tx, {
      ...resolved.fields,
      status: 'draft',
      authorId: null,
      authorLabel: actor.label,
      updatedByLabel: actor.label,
    });
    await this.evidence.replaceChain(tx, entity.id, resolved.chain);
    await this.evidence.replaceSources(tx, entity.id, resolved.sources);
    const draft = await this.evidence.aggregate(entity, tx);
    await this.writer.record(tx, actor, 'create', null, draft);
    const published = await this.writer.writeStatus(tx, actor, entity, {
      status: 'published',
      publishedAt: now,
      publisherLabel: actor.label,
      submittedAt: now,
    });
    await this.writer.record(tx, actor, 'publish', draft, published);
    if (!dispute) return;
    const disputed = await this.writer.writeStatus(tx, actor, published.evidence, {
      status: 'disputed',
      statusReason: dispute.reason,
      statusChangedAt: now,
    });
    await this.evidence.addCorrection(tx, {
      evidenceId: entity.id,
      kind: 'dispute',
      reason: dispute.reason,
      changes: [{ field: 'status', before: 'published', after: 'disputed' }],
      actorLabel: actor.label,
      madeAt: now,
      versionAfter: disputed.evidence.version,
    });
    await this.writer.record(tx, actor, 'dispute', published, disputed);
  }
}
