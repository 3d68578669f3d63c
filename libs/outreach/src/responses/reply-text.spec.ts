import { publishableReply } from './reply-text';

describe('publishableReply', () => {
  it('keeps the answer and drops the quoted letter, the signature and e-mail addresses', () => {
    const reply = [
      'We have ended all sales to Belarus.',
      'Questions: write to jane.doe@company.example.',
      '',
      '-- ',
      'Jane Doe, Press officer, +1 555 0100',
      '',
      'On Tue, 3 Mar 2026 at 10:00, Leverage <noreply@leverage.test> wrote:',
      '> Dear Press office,',
      '> We ask you ...',
    ].join('\r\n');
    expect(publishableReply(reply)).toBe('We have ended all sales to Belarus.\nQuestions: write to [address removed].');
  });

  it('drops interleaved quotes and Outlook-style quoted headers', () => {
    expect(publishableReply('> your question\nOur answer.\n\n-----Original Message-----\nFrom: x')).toBe('Our answer.');
    expect(publishableReply('Answer.\n________________________________\nFrom: Leverage')).toBe('Answer.');
  });

  it('keeps the published text within the limit', () => {
    expect(publishableReply('a'.repeat(30_000)).length).toBeLessThanOrEqual(20_000);
  });
});
