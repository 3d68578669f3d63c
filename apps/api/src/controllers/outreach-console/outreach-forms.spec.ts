import { DomainException } from '#libs/core';
import { composeInput, contactFormFrom, letterFormFrom, values } from './outreach-forms';
import { refusalFor, shownErrors } from './outreach-page-model';

describe('outreach console forms', () => {
  it('reads a checkbox group sent as nothing, one value or many', () => {
    expect(values({}, 'contacts')).toEqual([]);
    expect(values({ contacts: '' }, 'contacts')).toEqual([]);
    expect(values({ contacts: 'a' }, 'contacts')).toEqual(['a']);
    expect(values({ contacts: ['a', 'b', 3] }, 'contacts')).toEqual(['a', 'b']);
  });

  it('sends unticked groups as "none", and blank sources as "the template’s"', () => {
    const input = composeInput(
      'supermicro',
      letterFormFrom({ template: 'inquiry', subject: '  ', body: '', deadlineDays: '' }),
    );
    expect(input).toMatchObject({
      company: 'supermicro',
      template: 'inquiry',
      contacts: [],
      evidence: [],
      subject: undefined,
      body: undefined,
    });
  });

  it('reads an unticked "active" box as inactive, not as "not given"', () => {
    expect(contactFormFrom({ name: 'Press office' }).active).toBe(false);
    expect(contactFormFrom({ active: 'on' }).active).toBe(true);
  });

  it('puts a field’s problem beside the field the form has, and the rest above the form', () => {
    const shown = shownErrors(
      [
        { field: 'recipients', message: 'No contact.' },
        { field: 'evidence.0', message: 'Choose published evidence.' },
        { field: 'version', message: 'Changed by someone else.' },
      ],
      ['contacts', 'evidence'],
      { recipients: 'contacts' },
    );
    expect(shown).toEqual({
      errors: [
        { field: 'contacts', message: 'No contact.' },
        { field: 'evidence', message: 'Choose published evidence.' },
      ],
      formError: 'Changed by someone else.',
    });
  });

  it('lays out refusals by kind, and leaves anything else to the error page', () => {
    expect(
      refusalFor(new DomainException('conflict', 'outreach_letter_already_sent', 'Already sent.'), ['body']),
    ).toEqual({ status: 409, errors: [], formError: 'Already sent.' });
    expect(
      refusalFor(
        new DomainException('invalid', 'outreach_template_error', 'Bad.', [{ field: 'body', message: 'Bad.' }]),
        ['body'],
      ),
    ).toEqual({
      status: 400,
      errors: [{ field: 'body', message: 'Bad.' }],
      formError: null,
    });
    expect(refusalFor(new DomainException('not_found', 'outreach_letter_not_found', 'No.'), [])).toBeNull();
    expect(refusalFor(new Error('fault'), [])).toBeNull();
  });
});
