import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';

@Injectable()
export class TokensRepository {
  constructor(@InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>) {}

  findByHashWithUser(tokenHash: string): Promise<ApiTokenEntity | null> {
    return this.tokens.findOne({ where: { tokenHash }, relations: { user: true } });
  }

  findById(id: string, manager?: EntityManager): Promise<ApiTokenEntity | null> {
    return (manager?.getRepository(ApiTokenEntity) ?? this.tokens).findOneBy({ id });
  }

  listForUser(userId: string): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  listAll(): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ relations: { user: true }, order: { createdAt: 'DESC' } });
  }

  save(manager: EntityManager, token: ApiTokenEntity): Promise<ApiTokenEntity> {
    return manager.getRepository(ApiTokenEntity).save(token);
  }

  /** Only moves last_used_at forward, and at most once a minute, so reads stay cheap. */
  async touch(id: string, at: Date): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: at })
      .where('id = :id AND (last_used_at IS NULL OR last_used_at < :cutoff)', {
        id,
        cutoff: new Date(at.getTime() - 60_000),
      })
      .execute();
  }
}
