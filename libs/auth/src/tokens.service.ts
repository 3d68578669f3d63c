import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService, Clock, sha256, UnitOfWork, type Actor } from '#libs/core';
import { ApiTokenEntity } from './api-token.entity';
import { authErrors } from './auth.errors';
import type { Principal, Role, TokenScope } from './role';
import { TokensRepository } from './tokens.repository';
import { UsersRepository } from './users.repository';

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  ownerEmail: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_PREFIX = 'lev_';

function toTokenView(token: ApiTokenEntity): TokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    ownerEmail: token.user?.email ?? null,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

function audited(token: ApiTokenEntity) {
  return {
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    userId: token.userId,
    revoked: token.revokedAt !== null,
  };
}

@Injectable()
export class TokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly users: UsersRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The token is returned here once; only its hash is kept. */
  async create(
    actor: Actor,
    userId: string,
    name: string,
    scope: TokenScope,
  ): Promise<{ token: string; view: TokenView }> {
    const user = await this.users.findById(userId);
    if (!user) throw authErrors.userNotFound();
    const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const saved = await this.uow.run(async (tx) => {
      const entity = Object.assign(new ApiTokenEntity(), {
        userId,
        name: name.trim(),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: sha256(secret),
        scope,
        lastUsedAt: null,
        revokedAt: null,
      });
      const token = await this.tokens.save(tx.manager, entity);
      await this.audit.record(tx, actor, {
        recordType: 'api_token',
        recordId: token.id,
        action: 'create',
        after: audited(token),
      });
      return token;
    });
    saved.user = user;
    return { token: secret, view: toTokenView(saved) };
  }

  listForUser(userId: string): Promise<TokenView[]> {
    return this.tokens.listForUser(userId).then((tokens) => tokens.map(toTokenView));
  }

  listAll(): Promise<TokenView[]> {
    return this.tokens.listAll().then((tokens) => tokens.map(toTokenView));
  }

  /** Revokes a token; `onlyOwner` limits it to the actor's own tokens (non-admins). */
  async revoke(actor: Actor, tokenId: string, onlyOwner: string | null): Promise<void> {
    await this.uow.run(async (tx) => {
      const token = await this.tokens.findById(tokenId, tx.manager);
      if (!token || (onlyOwner && token.userId !== onlyOwner)) throw authErrors.tokenNotFound();
      if (token.revokedAt) return;
      const before = audited(token);
      token.revokedAt = this.clock.now();
      await this.tokens.save(tx.manager, token);
      await this.audit.record(tx, actor, {
        recordType: 'api_token',
        recordId: token.id,
        action: 'revoke',
        before,
        after: audited(token),
      });
    });
  }

  /** The principal a bearer token stands for; throws for an unknown, revoked or orphaned token. */
  async authenticate(secret: string): Promise<Principal> {
    if (!secret.startsWith(TOKEN_PREFIX)) throw authErrors.invalidToken();
    const token = await this.tokens.findByHashWithUser(sha256(secret));
    const user = token?.user;
    if (!token || token.revokedAt || !user || user.disabledAt) throw authErrors.invalidToken();
    await this.tokens.touch(token.id, this.clock.now());
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role as Role,
      via: 'token',
      scope: token.scope,
      tokenId: token.id,
    };
  }
}
