import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StateBodyKind } from '#libs/companies';
import type { DatePrecision } from '#libs/core';
import {
  attribute,
  pathLabel,
  type Confidence,
  type EvidenceCategory,
  type OwnedCompanyRow,
  type Polarity,
} from '#libs/evidence';
import type { Classification } from '#libs/outreach';
import type { ItemInput, LetterInput, ResponseInput, ScoreInputs } from '../engine/inputs';
import { byCodeUnits } from '../engine/engine';
import { OwnershipGraph } from './ownership-graph';

interface CompanyRow {
  id: string;
  slug: string;
  name: string;
}

interface ItemRow {
  id: string;
  title: string;
  polarity: Polarity;
  category: EvidenceCategory;
  confidence: Confidence;
  status: 'published' | 'disputed';
  period_start: string | null;
  period_end: string | null;
  published_on: string | null;
  first_source: string | null;
  body_slug: string | null;
  body_name: string | null;
  body_kind: StateBodyKind | null;
}

interface LinkRow {
  evidence_id: string;
  position: number;
  company_id: string;
  role: 'manufacturer' | 'vendor' | 'distributor' | 'reseller' | 'integrator' | 'operator';
}

interface LetterRow {
  id: string;
  company_id: string;
  sent_on: string;
  sent_on_precision: DatePrecision;
  deadline: string;
  sender_organization: string | null;
  evidence_ids: string[];
  reply_pending: boolean;
}

interface ResponseRow {
  id: string;
  company_id: string;
  letter_id: string | null;
  responded_on: string;
  classification: Classification;
  due_on: string | null;
  evidence_ids: string[];
}

/** What a batch needs known of the whole record once: the companies and the ownership graph. */
export interface RecordFrame {
  companies: Map<string, CompanyRow>;
  graph: OwnershipGraph;
  /**
   * The whole record's inputs, read once in a few sequential scans, for a recompute of many
   * companies (a new day, a new method): cheaper than thousands of index lookups a batch.
   */
  whole?: {
    itemsByCompany: Map<string, ItemRow[]>;
    links: Map<string, LinkRow[]>;
    lettersByCompany: Map<string, LetterRow[]>;
    responsesByCompany: Map<string, ResponseRow[]>;
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

const byId = <T extends { id: string }>(a: T, b: T) => byCodeUnits(a.id, b.id);

/**
 * Reads the record slices of many companies at once (a handful of queries a batch, whatever its
 * size) and shapes them as the engine's inputs: public evidence with each company's place in its
 * chain (attribution as the evidence lib does it), and the letters and answers of the company and of
 * the subsidiaries through which an item reaches it. Demo letters and answers never count.
 */
@Injectable()
export class ScoreInputsLoader {
  constructor(private readonly dataSource: DataSource) {}

  async frame(whole = false): Promise<RecordFrame> {
    const companies = (await this.dataSource.query(`SELECT id, slug, name FROM company`)) as CompanyRow[];
    const edges = (await this.dataSource.query(
      `SELECT parent_id AS "parentId", subsidiary_id AS "subsidiaryId", since::text AS since, until::text AS until FROM ownership
        ORDER BY parent_id, subsidiary_id, since NULLS FIRST`,
    )) as { parentId: string; subsidiaryId: string; since: string | null; until: string | null }[];
    const frame: RecordFrame = {
      companies: new Map(companies.map((c) => [c.id, c])),
      graph: new OwnershipGraph(edges),
    };
    if (!whole) return frame;
    const items = await this.items(null);
    const links = await this.links(null);
    const linksByItem = groupBy(links, (l) => l.evidence_id);
    const byId = new Map(items.map((item) => [item.id, item]));
    const itemsByCompany = new Map<string, ItemRow[]>();
    for (const link of links) {
      const item = byId.get(link.evidence_id);
      if (!item) continue; // a draft's link
      const list = itemsByCompany.get(link.company_id);
      if (list) list.push(item);
      else itemsByCompany.set(link.company_id, [item]);
    }
    frame.whole = {
      itemsByCompany,
      links: linksByItem,
      lettersByCompany: groupBy(await this.letters(null), (l) => l.company_id),
      responsesByCompany: groupBy(await this.responses(null), (r) => r.company_id),
    };
    return frame;
  }

  async load(targetIds: string[], asOf: string, frame: RecordFrame): Promise<Map<string, ScoreInputs>> {
    const owned = new Map(targetIds.map((id) => [id, frame.graph.owned(id)]));
    const involved = [...new Set([...targetIds, ...[...owned.values()].flatMap((rows) => [...rows.keys()])])];
    const whole = frame.whole;
    const items = whole
      ? [...new Map(involved.flatMap((id) => whole.itemsByCompany.get(id) ?? []).map((i) => [i.id, i])).values()]
      : await this.items(involved);
    const links = whole
      ? items.flatMap((item) => whole.links.get(item.id) ?? [])
      : await this.links(items.map((item) => item.id));
    const chains = new Map<string, { position: number; role: LinkRow['role']; company: CompanyRow }[]>();
    for (const link of links) {
      const company = frame.companies.get(link.company_id);
      if (!company) continue;
      const chain = chains.get(link.evidence_id) ?? [];
      chain.push({ position: link.position, role: link.role, company });
      chains.set(link.evidence_id, chain);
    }
    const itemsByCompany = new Map<string, ItemRow[]>();
    for (const item of items)
      for (const link of chains.get(item.id) ?? []) {
        const list = itemsByCompany.get(link.company.id) ?? [];
        list.push(item);
        itemsByCompany.set(link.company.id, list);
      }

    const result = new Map<string, { company: CompanyRow; items: ItemInput[]; answerers: Set<string> }>();
    for (const id of targetIds) {
      const company = frame.companies.get(id);
      if (!company) continue;
      const mine = owned.get(id) ?? new Map<string, OwnedCompanyRow[]>();
      const candidates = new Map<string, ItemRow>();
      for (const companyId of [id, ...mine.keys()])
        for (const item of itemsByCompany.get(companyId) ?? []) candidates.set(item.id, item);
      const inputs: ItemInput[] = [];
      const answerers = new Set<string>([company.slug]);
      for (const row of candidates.values()) {
        const found = attribute(
          company,
          { evidence: { periodStart: row.period_start, periodEnd: row.period_end }, chain: chains.get(row.id) ?? [] },
          mine,
          frame.companies,
        );
        if (!found) continue;
        const itemAnswerers = [company.slug, ...found.subsidiaries.map((s) => s.slug)];
        itemAnswerers.forEach((slug) => answerers.add(slug));
        inputs.push(toItem(row, found.route, pathLabel(found), found.acquisition !== null, itemAnswerers));
      }
      result.set(id, { company, items: inputs.sort(byId), answerers });
    }

    const slugToId = new Map([...frame.companies.values()].map((c) => [c.slug, c.id]));
    const answererIds = [...new Set([...result.values()].flatMap((r) => [...r.answerers]))]
      .map((slug) => slugToId.get(slug))
      .filter((id): id is string => Boolean(id));
    const letters = whole
      ? answererIds.flatMap((id) => whole.lettersByCompany.get(id) ?? [])
      : await this.letters(answererIds);
    const responses = whole
      ? answererIds.flatMap((id) => whole.responsesByCompany.get(id) ?? [])
      : await this.responses(answererIds);
    const slugOf = (companyId: string) => frame.companies.get(companyId)?.slug ?? '';

    const out = new Map<string, ScoreInputs>();
    for (const [id, { company, items: itemInputs, answerers }] of result) {
      out.set(id, {
        company: { slug: company.slug, name: company.name },
        asOf,
        items: itemInputs,
        letters: letters
          .filter((l) => answerers.has(slugOf(l.company_id)))
          .map((l): LetterInput => ({
            id: l.id,
            company: slugOf(l.company_id),
            sentOn: l.sent_on,
            sentOnPrecision: l.sent_on_precision,
            deadline: l.deadline,
            sentBy: l.sender_organization,
            evidenceIds: [...l.evidence_ids].sort(),
            replyPending: l.reply_pending,
          }))
          .sort(byId),
        responses: responses
          .filter((r) => answerers.has(slugOf(r.company_id)))
          .map((r): ResponseInput => ({
            id: r.id,
            company: slugOf(r.company_id),
            letterId: r.letter_id,
            respondedOn: r.responded_on,
            classification: r.classification,
            dueOn: r.due_on,
            evidenceIds: [...r.evidence_ids].sort(),
          }))
          .sort(byId),
      });
    }
    return out;
  }

  /** Public items whose chain holds one of these companies, or every public item (null). */
  private items(companyIds: string[] | null): Promise<ItemRow[]> {
    if (companyIds && !companyIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT e.id, e.title, e.polarity, e.category, e.confidence, e.status,
              e.period_start::text AS period_start, e.period_end::text AS period_end,
              (e.published_at AT TIME ZONE 'UTC')::date::text AS published_on,
              s.first_source::text AS first_source, b.slug AS body_slug, b.name AS body_name, b.kind AS body_kind
         FROM evidence e LEFT JOIN state_body b ON b.id = e.state_body_id
         LEFT JOIN LATERAL (SELECT min(published_on) AS first_source FROM evidence_source WHERE evidence_id = e.id) s ON true
        WHERE e.status IN ('published', 'disputed')
          ${companyIds ? 'AND e.id IN (SELECT l.evidence_id FROM evidence_link l WHERE l.company_id = ANY($1::uuid[]))' : ''}`,
      companyIds ? [companyIds] : [],
    ) as Promise<ItemRow[]>;
  }

  private links(evidenceIds: string[] | null): Promise<LinkRow[]> {
    if (evidenceIds && !evidenceIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT evidence_id, position, company_id, role FROM evidence_link
        ${evidenceIds ? 'WHERE evidence_id = ANY($1::uuid[])' : ''} ORDER BY evidence_id, position`,
      evidenceIds ? [evidenceIds] : [],
    ) as Promise<LinkRow[]>;
  }

  /** Sent letters (a bounced one asked nobody), follow-ups folded into the letter they follow. */
  private letters(companyIds: string[] | null): Promise<LetterRow[]> {
    if (companyIds && !companyIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT l.id, l.company_id, (l.sent_at AT TIME ZONE 'UTC')::date::text AS sent_on, l.sent_on_precision,
              (l.deadline AT TIME ZONE 'UTC')::date::text AS deadline, l.sender_organization, l.evidence_ids,
              EXISTS (SELECT 1 FROM outreach_inbound_mail m JOIN outreach_letter f ON f.id = m.letter_id
                       WHERE (f.id = l.id OR f.parent_letter_id = l.id) AND m.status = 'attached') AS reply_pending
         FROM outreach_letter l
        WHERE l.status = 'sent' AND l.kind <> 'follow_up' AND NOT l.demo
          ${companyIds ? 'AND l.company_id = ANY($1::uuid[])' : ''}`,
      companyIds ? [companyIds] : [],
    ) as Promise<LetterRow[]>;
  }

  /** An answer to a follow-up answers the letter it follows. */
  private responses(companyIds: string[] | null): Promise<ResponseRow[]> {
    if (companyIds && !companyIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT r.id, r.company_id, COALESCE(f.parent_letter_id, r.letter_id) AS letter_id, r.responded_on::text AS responded_on,
              r.classification, r.due_on::text AS due_on, r.evidence_ids
         FROM outreach_response r LEFT JOIN outreach_letter f ON f.id = r.letter_id AND f.kind = 'follow_up'
        WHERE NOT r.demo ${companyIds ? 'AND r.company_id = ANY($1::uuid[])' : ''}`,
      companyIds ? [companyIds] : [],
    ) as Promise<ResponseRow[]>;
  }
}

function toItem(
  row: ItemRow,
  route: ItemInput['route'],
  path: string,
  acquiredLater: boolean,
  answerers: string[],
): ItemInput {
  const [date, dateBasis]: [string, ItemInput['dateBasis']] = row.period_end
    ? [row.period_end, 'period_end']
    : row.period_start
      ? [row.period_start, 'period_start']
      : row.first_source
        ? [row.first_source, 'earliest_source']
        : [row.published_on ?? '1970-01-01', 'published'];
  return {
    id: row.id,
    title: row.title,
    polarity: row.polarity,
    category: row.category,
    confidence: row.confidence,
    status: row.status,
    endUser: row.body_slug
      ? { slug: row.body_slug, name: row.body_name as string, kind: row.body_kind as StateBodyKind }
      : null,
    route,
    path,
    date,
    dateBasis,
    acquiredLater,
    answerers: [...new Set(answerers)].sort(),
  };
}
