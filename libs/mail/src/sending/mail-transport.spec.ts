import { SEND_LEASE_MS } from '../mail.constants';
import { smtpOptions } from './mail-transport';

describe('smtpOptions', () => {
  const dkim = { domainName: 'leverage.example.org', keySelector: 'lev', privateKey: '-----BEGIN PRIVATE KEY-----' };

  it('reads host, port, TLS and credentials from SMTP_URL, and signs with DKIM when configured', () => {
    expect(
      smtpOptions({ smtpUrl: 'smtps://mailer%40leverage.example.org:p%40ss@smtp.example.net:465', dkim }),
    ).toMatchObject({
      pool: true,
      host: 'smtp.example.net',
      port: 465,
      secure: true,
      ignoreTLS: false,
      auth: { user: 'mailer@leverage.example.org', pass: 'p@ss' },
      dkim,
    });
    expect(smtpOptions({ smtpUrl: 'smtp://smtp.example.net', dkim: null })).toMatchObject({
      port: undefined,
      secure: false,
      ignoreTLS: false,
      auth: undefined,
      dkim: undefined,
    });
  });

  it('skips STARTTLS only for plain SMTP to this machine', () => {
    expect(smtpOptions({ smtpUrl: 'smtp://127.0.0.1:2525', dkim: null }).ignoreTLS).toBe(true);
    expect(smtpOptions({ smtpUrl: 'smtp://[::1]:2525', dkim: null })).toMatchObject({ host: '::1', ignoreTLS: true });
  });

  it('keeps every SMTP timeout well inside the send lease', () => {
    const options = smtpOptions({ smtpUrl: 'smtp://relay.example.net', dkim: null });
    for (const timeout of [options.connectionTimeout, options.greetingTimeout, options.socketTimeout])
      expect(timeout).toBeLessThanOrEqual(SEND_LEASE_MS / 4);
  });
});
