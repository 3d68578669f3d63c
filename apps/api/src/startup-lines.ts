import { t, type AppConfig } from '#libs/core';
import type { FirstLogin } from './embedded';

/** What `npm start` prints: where the product is and how to get in. */
export function startupLines(
  config: AppConfig,
  embedded: boolean,
  login: FirstLogin | null,
  receiverPort: number | null = null,
): string[] {
  const lines = [
    embedded
      ? t('startup.running_embedded', { url: config.publicUrl, dir: config.dataDir })
      : t('startup.running', { url: config.publicUrl }),
  ];
  if (login?.password)
    lines.push(
      t('startup.first_login', { url: config.publicUrl, email: login.email, password: login.password }),
      t('startup.password_once'),
    );
  else if (login) lines.push(t('startup.later_login', { url: config.publicUrl }));
  lines.push(config.smtpUrl ? t('startup.mail_smtp') : t('startup.mail_outbox', { dir: `${config.dataDir}/outbox` }));
  if (receiverPort !== null)
    lines.push(
      t('startup.mail_inbound', { host: config.inboundSmtpHost, port: receiverPort, domain: config.mailDomain }),
    );
  return lines;
}
