import { en } from './en';
import { ru } from './ru';
import { t } from './i18n';

describe('Russian supporter mail', () => {
  it('translates only keys English has, with the same placeholders', () => {
    for (const [key, text] of Object.entries(ru)) {
      expect(en[key]).toBeDefined();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text)).toEqual(names(en[key]));
    }
  });

  it('falls back to English for what it does not hold', () => {
    expect(t('campaigns.mail.confirm.subject', { title: 'X' }, 'ru')).toBe('Подтвердите свою подпись: X');
    expect(t('campaigns.form.submit', {}, 'ru')).toBe('Sign the petition');
  });
});
