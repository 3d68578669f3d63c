import { OutreachException } from '../outreach.exception';
import type { LetterContext } from './letter-context';
import { LetterTemplates, parseTemplateFile } from './letter-templates';

const context: LetterContext = {
  company: { name: 'Supermicro', country: 'US', url: 'http://leverage.test/companies/supermicro' },
  contact: { name: 'Press office', role: 'press office' },
  recipients: [{ name: 'Press office', role: 'press office' }],
  evidence: [
    {
      title: 'Servers for the KGB <via> "MAP INFO"',
      summary: 'Sold through a reseller.',
      category: 'Surveillance',
      period: null,
      url: 'http://leverage.test/evidence/1',
      sources: [{ title: 'A tender', publisher: null, publishedOn: null, url: 'https://example.org/tender' }],
    },
  ],
  deadline: '15 September 2020',
  deadlineDays: 14,
  date: '1 September 2020',
  sender: { name: 'Org' },
  organization: { name: 'Leverage', url: 'http://leverage.test' },
  parent: null,
  appendix: '',
};

describe('letter templates', () => {
  const templates = new LetterTemplates();

  it('lists the templates in templates/letters, each with a name and a subject', () => {
    const keys = templates.list().map((tpl) => tpl.key);
    expect(keys).toEqual(expect.arrayContaining(['inquiry', 'follow-up', 'escalation', 'joint-letter']));
    for (const tpl of templates.list()) expect(tpl.name && tpl.subject && tpl.body).toBeTruthy();
  });

  it('renders every template against a full record', () => {
    for (const tpl of templates.list()) {
      const rendered = templates.render(
        tpl,
        { ...context, parent: { subject: 'Earlier', sentOn: '1 September 2020' } },
        'footer',
      );
      expect(rendered.subject).toContain('Supermicro');
      expect(rendered.text).toContain('15 September 2020');
    }
  });

  it('keeps the text plain and escapes everything in the HTML version', () => {
    const rendered = templates.render(templates.get('inquiry'), context, 'Reply <here>');
    expect(rendered.text).toContain('Servers for the KGB <via> "MAP INFO"');
    expect(rendered.html).toContain('Servers for the KGB &lt;via&gt; &quot;MAP INFO&quot;');
    expect(rendered.html).toContain('Reply &lt;here&gt;');
    expect(rendered.html).not.toContain('<via>');
  });

  it('refuses an unknown field, naming it, its line and the fields there are', () => {
    const attempt = () =>
      templates.render(
        { subject: 'Hello', body: 'Dear {{contact.name}},\n\nWe ask {{company.ceo}} to answer.' },
        context,
        '',
      );
    expect(attempt).toThrow(OutreachException);
    try {
      attempt();
    } catch (error) {
      const details = (error as OutreachException).details;
      expect(details[0].field).toBe('body');
      expect(details[0].message).toContain('{{company.ceo}} on line 3');
      expect(details[0].message).toContain('company.name');
    }
  });

  it('refuses a field unknown inside a loop and a broken tag, in the subject too', () => {
    expect(() => templates.render({ subject: '{{#each evidence}}{{nope}}{{/each}}', body: '' }, context, '')).toThrow(
      /nope/,
    );
    expect(() => templates.render({ subject: 'ok', body: 'Hi {{ company.name' }, context, '')).toThrow(/line 1/);
  });

  it('allows no helpers beyond the built-in ones', () => {
    expect(templates.render({ subject: 'x', body: '{{lookup company "name"}}' }, context, '').text).toContain(
      'Supermicro',
    );
    expect(() => templates.render({ subject: 'x', body: '{{log "x"}}' }, context, '')).toThrow(OutreachException);
    expect(() => templates.render({ subject: 'x', body: '{{custom company}}' }, context, '')).toThrow(
      OutreachException,
    );
  });

  it('refuses an unknown template key, listing those there are', () => {
    expect(() => templates.get('nope')).toThrow(/inquiry/);
  });

  it('reads front matter and refuses a file without it', () => {
    expect(parseTemplateFile('x', '---\nname: N\nsubject: S {{company.name}}\n---\nBody\n')).toEqual({
      key: 'x',
      name: 'N',
      listed: true,
      subject: 'S {{company.name}}',
      body: 'Body\n',
    });
    expect(() => parseTemplateFile('x', 'Body')).toThrow(/front matter/);
  });
});
