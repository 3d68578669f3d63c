import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import type { Tx } from '#libs/core';
import { CompaniesException, CompanyEntity } from '#libs/companies';
import { OutreachException } from './outreach.exception';

/** Repositories of outreach's tables, inside a transaction when given one (the embedded database has one connection). */
@Injectable()
export class OutreachStore {
  constructor(private readonly dataSource: DataSource) {}

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>, tx?: Tx): Repository<T> {
    return tx ? tx.manager.getRepository(entity) : this.dataSource.getRepository(entity);
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[], tx?: Tx): Promise<T[]> {
    return (tx ? tx.manager : this.dataSource.manager).query(sql, params) as Promise<T[]>;
  }

  async company(slug: string, tx?: Tx): Promise<CompanyEntity> {
    const company = await this.repo(CompanyEntity, tx).findOne({ where: { slug } });
    if (!company) throw OutreachException.unknownCompany(slug);
    return company;
  }

  /** A company named in the path of a page or route: missing is a 404, not a field error. */
  async companyPage(slug: string, tx?: Tx): Promise<CompanyEntity> {
    const company = await this.repo(CompanyEntity, tx).findOne({ where: { slug } });
    if (!company) throw CompaniesException.companyNotFound(slug);
    return company;
  }

  async companiesById(ids: string[], tx?: Tx): Promise<Map<string, CompanyEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo(CompanyEntity, tx)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }
}

export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
export { UUID_PATTERN as UUID } from '#libs/core';
