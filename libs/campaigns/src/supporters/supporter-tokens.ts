import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Clock, readToken, signToken, type AppConfig, type TokenReading } from '#libs/core';

const DAY = 24 * 60 * 60 * 1000;
/** A confirmation link works for a week; signing again sends a fresh one. */
export const CONFIRM_DAYS = 7;
/** A supporter's own page, from any email they were sent. */
const SUPPORTER_DAYS = 180;
/** RFC 8058 links must keep working as long as the mail may be read. */
const UNSUBSCRIBE_DAYS = 3650;

const PURPOSE = { confirm: 'signature-confirm', supporter: 'supporter-page', unsubscribe: 'unsubscribe' } as const;
type Purpose = keyof typeof PURPOSE;
const LIFETIME: Record<Purpose, number> = {
  confirm: CONFIRM_DAYS * DAY,
  supporter: SUPPORTER_DAYS * DAY,
  unsubscribe: UNSUBSCRIBE_DAYS * DAY,
};

/** The signed links of supporter mail: nothing is stored to check them, and each opens one thing. */
@Injectable()
export class SupporterTokens {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** For a signature's id. */
  confirm(signatureId: string): string {
    return signToken(this.config.hmacSecret, PURPOSE.confirm, [signatureId], this.clock.now());
  }

  /** For a supporter's keyed hash. */
  supporter(emailHash: string): string {
    return signToken(this.config.hmacSecret, PURPOSE.supporter, [emailHash], this.clock.now());
  }

  unsubscribe(emailHash: string): string {
    return signToken(this.config.hmacSecret, PURPOSE.unsubscribe, [emailHash], this.clock.now());
  }

  read(purpose: Purpose, token: string): TokenReading<string[]> {
    return readToken(this.config.hmacSecret, PURPOSE[purpose], token, this.clock.now(), LIFETIME[purpose]);
  }

  links(signatureId: string | null, emailHash: string) {
    const base = this.config.publicUrl;
    return {
      confirmUrl: signatureId ? `${base}/signatures/confirm/${this.confirm(signatureId)}` : null,
      meUrl: `${base}/supporters/me/${this.supporter(emailHash)}`,
      unsubscribeUrl: `${base}/unsubscribe/${this.unsubscribe(emailHash)}`,
    };
  }
}
