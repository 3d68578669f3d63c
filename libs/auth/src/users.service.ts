import { Injectable } from '@nestjs/common';
import { AuditService, Clock, sha256, UnitOfWork, type Actor } from '#libs/core';
import { authErrors } from './auth.errors';
import { DUMMY_HASH, generatePassword, hashPassword, verifyPassword } from './passwords';
import type { Principal, Role } from './role';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

export interface CreateUserCommand {
  email: string;
  displayName?: string;
  role: Role;
  /** Generated (and returned once) when not given. */
  password?: string;
}

/** What a session remembers of its account: the id, and which password it signed in with. */
export function sessionKeyOf(user: UserEntity): string {
  // From the salted hash, not a timestamp: it changes with every new password, whatever the clock says.
  return `${user.id}.${sha256(user.passwordHash).slice(0, 16)}`;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
  };
}

/** What the audit trail keeps of an account: never the password hash. */
function audited(user: UserEntity) {
  return { email: user.email, displayName: user.displayName, role: user.role, disabled: user.disabledAt !== null };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserView[]> {
    return this.users.listAll().then((users) => users.map(toUserView));
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user) throw authErrors.userNotFound();
    return toUserView(user);
  }

  /** Returns the account and, when it was generated, the password to hand over once. */
  async create(actor: Actor, command: CreateUserCommand): Promise<{ user: UserView; password: string | null }> {
    const email = command.email.trim().toLowerCase();
    const password = command.password ?? generatePassword();
    const passwordHash = await hashPassword(password);
    const user = await this.uow.run(async (tx) => {
      if (await this.users.findByEmail(email, tx.manager)) throw authErrors.emailTaken(email);
      const entity = Object.assign(new UserEntity(), {
        email,
        displayName: command.displayName?.trim() || email.split('@')[0],
        role: command.role,
        passwordHash,
        disabledAt: null,
        passwordChangedAt: this.clock.now(),
      });
      const saved = await this.users.save(tx.manager, entity);
      await this.audit.record(tx, actor, {
        recordType: 'user',
        recordId: saved.id,
        action: 'create',
        after: audited(saved),
      });
      return saved;
    });
    return { user: toUserView(user), password: command.password ? null : password };
  }

  /**
   * The signed-in principal for a session key, or null when the account is gone or disabled, or
   * its password changed since the session began (a password change signs out every other session).
   */
  async principalFor(key: string): Promise<Principal | null> {
    const [userId] = key.split('.');
    if (!/^[0-9a-f-]{36}$/.test(userId ?? '')) return null;
    const user = await this.users.findById(userId);
    if (!user || user.disabledAt || sessionKeyOf(user) !== key) return null;
    return { userId: user.id, email: user.email, displayName: user.displayName, role: user.role, via: 'session' };
  }

  /** Null for a wrong email or password alike, in about the same time. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    return user && ok && !user.disabledAt ? user : null;
  }

  /** Returns the new session key, with which the person's current session carries on. */
  async changePassword(actor: Actor, userId: string, currentPassword: string, newPassword: string): Promise<string> {
    const user = await this.users.findById(userId);
    if (!user) throw authErrors.userNotFound();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw authErrors.wrongPassword();
    return sessionKeyOf(await this.setPassword(actor, userId, newPassword));
  }

  /** An admin's reset: a new generated password, shown once. */
  async resetPassword(actor: Actor, userId: string): Promise<string> {
    const password = generatePassword();
    await this.setPassword(actor, userId, password);
    return password;
  }

  private async setPassword(actor: Actor, userId: string, password: string): Promise<UserEntity> {
    const passwordHash = await hashPassword(password);
    return this.uow.run(async (tx) => {
      const user = await this.users.lockById(tx.manager, userId);
      if (!user) throw authErrors.userNotFound();
      user.passwordHash = passwordHash;
      user.passwordChangedAt = this.clock.now();
      await this.users.save(tx.manager, user);
      await this.audit.record(tx, actor, { recordType: 'user', recordId: user.id, action: 'password_change' });
      return user;
    });
  }

  async update(
    actor: Actor,
    userId: string,
    changes: { role?: Role; disabled?: boolean; displayName?: string },
  ): Promise<UserView> {
    return this.uow.run(async (tx) => {
      const user = await this.users.lockById(tx.manager, userId);
      if (!user) throw authErrors.userNotFound();
      const before = audited(user);
      const losesAdmin =
        user.role === 'admin' &&
        !user.disabledAt &&
        ((changes.role && changes.role !== 'admin') || changes.disabled === true);
      if (losesAdmin && (await this.users.countActiveAdmins(tx.manager)) <= 1) throw authErrors.lastAdmin();
      if (changes.role) user.role = changes.role;
      if (changes.displayName !== undefined) user.displayName = changes.displayName.trim() || user.displayName;
      if (changes.disabled !== undefined)
        user.disabledAt = changes.disabled ? (user.disabledAt ?? this.clock.now()) : null;
      const saved = await this.users.save(tx.manager, user);
      await this.audit.record(tx, actor, {
        recordType: 'user',
        recordId: user.id,
        action: 'update',
        before,
        after: audited(saved),
      });
      return toUserView(saved);
    });
  }

  countUsers(): Promise<number> {
    return this.users.count();
  }
}
