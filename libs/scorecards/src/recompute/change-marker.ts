import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock, RecordChanges, type AuditEntry, type Tx } from '#libs/core';
import { COMPANY_RECORD, OWNERSHIP_RECORD, STATE_BODY_RECORD } from '#libs/companies';
import { EVIDENCE_RECORD, PUBLIC_STATUSES } from '#libs/evidence';
import { INBOUND_RECORD, LETTER_RECORD, RESPONSE_RECORD } from '#libs/outreach';
import { RECOMPUTE_JOB } from '../methodology/methodology.service';
import { ScorecardStore } from '../store/scorecard.store';

type Snapshot = Record<string, unknown> | null | undefined;

/** The company slugs of an evidence snapshot's chain ("map-info (reseller)"). */
function chainSlugs(snapshot: Snapshot): string[] {
  const chain = snapshot?.chain;
  return Array.isArray(chain) ? chain.map((link) => String(link).split(' (')[0]) : [];
}

const isPublic = (snapshot: Snapshot) => PUBLIC_STATUSES.includes(snapshot?.status as never);

/**
 * Marks for a recompute, in the transaction of each change, the companies whose scorecard it may
 * move: the companies of an item's chain (before and after a correction), of a letter, an answer or a
 * reply, both ends of an ownership link, the suppliers of a state body — and every owner of each,
 * since an owner's score counts what its subsidiaries did. Then sends the recompute job there too
 * (coalesced: a job already waiting takes the new marks with it).
 */
@Injectable()
export class ChangeMarker implements OnModuleInit {
  constructor(
    private readonly changes: RecordChanges,
    private readonly store: ScorecardStore,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.changes.subscribe((tx, entry) => this.mark(tx, entry));
  }

  async mark(tx: Tx, entry: AuditEntry): Promise<void> {
    const companies = await this.touched(tx, entry);
    if (!companies.length) return;
    const withOwners = await this.withOwners(tx, companies);
    await this.store.markDirty(tx, withOwners, 'record', this.clock.now());
    await tx.enqueue(RECOMPUTE_JOB, {});
  }

  private async touched(tx: Tx, entry: AuditEntry): Promise<string[]> {
    const before = entry.before as Snapshot;
    const after = entry.after as Snapshot;
    const q = (sql: string, params: unknown[]) =>
      tx.manager.query(sql, params).then((rows: { id: string }[]) => rows.map((row) => row.id));
    switch (entry.recordType) {
      case EVIDENCE_RECORD: {
        // Drafts and items in review count for nobody.
        if (!isPublic(before) && !isPublic(after)) return [];
        return q(
          `SELECT company_id AS id FROM evidence_link WHERE evidence_id = $1
           UNION SELECT id FROM company WHERE slug = ANY($2::text[])`,
          [entry.recordId, [...chainSlugs(before), ...chainSlugs(after)]],
        );
      }
      case LETTER_RECORD:
        if (after?.status === 'draft' || (!after && before?.status === 'draft')) return [];
        return q(`SELECT company_id AS id FROM outreach_letter WHERE id = $1`, [entry.recordId]);
      case RESPONSE_RECORD:
        return q(`SELECT company_id AS id FROM outreach_response WHERE id = $1`, [entry.recordId]);
      case INBOUND_RECORD:
        return q(
          `SELECT l.company_id AS id FROM outreach_inbound_mail m JOIN outreach_letter l ON l.id = m.letter_id WHERE m.id = $1`,
          [entry.recordId],
        );
      case OWNERSHIP_RECORD:
        return q(
          `SELECT parent_id AS id FROM ownership WHERE id = $1 UNION SELECT subsidiary_id FROM ownership WHERE id = $1
           UNION SELECT id FROM company WHERE slug = ANY($2::text[])`,
          [entry.recordId, [before?.parent, before?.subsidiary, after?.parent, after?.subsidiary].filter(Boolean)],
        );
      case COMPANY_RECORD:
        return entry.action === 'delete' ? [] : [entry.recordId];
      case STATE_BODY_RECORD:
        return q(
          `SELECT DISTINCT l.company_id AS id FROM evidence e JOIN evidence_link l ON l.evidence_id = e.id
            WHERE e.state_body_id = $1 AND e.status = ANY($2::text[])`,
          [entry.recordId, PUBLIC_STATUSES],
        );
      default:
        return [];
    }
  }

  /** The companies and every company that owns one of them, however indirectly. */
  private async withOwners(tx: Tx, companyIds: string[]): Promise<string[]> {
    const rows = (await tx.manager.query(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT unnest($1::uuid[]), 0
         UNION SELECT o.parent_id, up.depth + 1 FROM ownership o JOIN up ON o.subsidiary_id = up.id WHERE up.depth < 20
       ) SELECT DISTINCT id FROM up`,
      [companyIds],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }
}
