import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEND_LEASE_MS } from '#libs/mail';
import { startMailHarness, type MailHarness } from './mail-harness';

/** Without SMTP_URL, mail is written to DATA_DIR/outbox: one .eml per message, however often the job runs. */
let h: MailHarness;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leverage-outbox-'));
  h = await startMailHarness({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await h?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the outbox', () => {
  it('writes exactly one .eml per message, even when the job runs again after a crash', async () => {
    const queued = await h.enqueue({
      to: 'press@supermicro.example',
      replyTo: 'reply+abc.def@leverage.test',
      html: '<p>Dear Supermicro,</p>',
    });
    const other = await h.enqueue({ to: 'press@sandvine.example' });
    expect(await h.sender.sendNow(queued.id)).toBe('sent');
    expect(await h.sender.sendNow(queued.id)).toBe('done');
    // As if the worker died after writing the file and before marking the row sent.
    await h.query(`UPDATE mail_message SET status = 'sending', claimed_at = $2 WHERE id = $1`, [
      queued.id,
      new Date(h.clock.now().getTime() - SEND_LEASE_MS - 1000),
    ]);
    expect(await h.sender.sendNow(queued.id)).toBe('sent');
    expect(await h.sender.sendNow(other.id)).toBe('sent');

    const outbox = join(dataDir, 'outbox');
    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(2);
    const file = files.find((f) => f.endsWith(`-${queued.id}.eml`))!;
    expect(file).toMatch(/^\d{8}T\d{6}-[0-9a-f-]{36}\.eml$/);
    const eml = readFileSync(join(outbox, file), 'utf8');
    expect(eml).toContain(`Message-ID: ${queued.messageId}`);
    expect(eml).toContain('Reply-To: reply+abc.def@leverage.test');
    expect(eml).toContain('To: press@supermicro.example');
    expect(eml).toContain('Content-Type: text/html');
    expect(eml).toMatch(/\r\n\r\n/);
  });
});
