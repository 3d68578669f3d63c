import { MailException } from './mail.exception';
import { checkOutgoingMail } from './outgoing-mail';

const mail = { to: 'press@company.example', subject: 'Hello', text: 'Body', purpose: 'letter' };

describe('checkOutgoingMail', () => {
  it('takes a reply address at a one-label MAIL_DOMAIN (npm start on a laptop: localhost)', () => {
    expect(checkOutgoingMail({ ...mail, replyTo: 'reply+1.abc@localhost' }).replyTo).toBe('reply+1.abc@localhost');
  });

  it('still wants a recipient at a real domain, one address, no header injection', () => {
    expect(() => checkOutgoingMail({ ...mail, to: 'press@localhost' })).toThrow(MailException);
    expect(() => checkOutgoingMail({ ...mail, to: 'a@x.example, b@y.example' })).toThrow(MailException);
    expect(() => checkOutgoingMail({ ...mail, subject: 'Hi\r\nBcc: x@y.example' })).toThrow(MailException);
    expect(checkOutgoingMail({ ...mail, to: 'Press@Company.EXAMPLE' }).to).toEqual({
      address: 'Press@company.example',
      domain: 'company.example',
    });
  });
});
