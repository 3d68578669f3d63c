import type { LetterEntity } from '../letter.entity';
import type { ResponseView } from '../replies.view';
import { median, standing, timeline } from './timeline';

const letter = (over: Partial<LetterEntity>): LetterEntity =>
  ({
    id: 'l1',
    kind: 'initial',
    status: 'sent',
    responseState: 'awaiting',
    recipients: [
      { contactId: null, name: 'Press office', role: 'press', email: 'press@x.example', escalationOrder: 1 },
    ],
    sentAt: new Date('2020-09-01T09:00:00Z'),
    deadline: new Date('2020-09-15T09:00:00Z'),
    deadlineDays: 14,
    overdueAt: null,
    noResponseAt: null,
    bouncedAt: null,
    publishedAt: null,
    demo: false,
    ...over,
  }) as LetterEntity;

describe('outreach timeline', () => {
  it('makes silence a dated line: no response N days after our letter of DATE', () => {
    const entries = timeline(
      [
        letter({
          responseState: 'no_response',
          overdueAt: new Date('2020-09-15T09:00:00Z'),
          noResponseAt: new Date('2020-09-29T09:00:00Z'),
        }),
      ],
      [],
    );
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['letter', '2020-09-01'],
      ['silence', '2020-09-29'],
    ]);
    expect(entries[0].text).toBe('We wrote to the press office; answer requested by 15 September 2020.');
    expect(entries[1].text).toBe('No response 28 days after our letter of 1 September 2020.');
  });

  it('shows the answer with its classification, and links the letter only once its text is public', () => {
    const response = {
      id: 'r',
      company: { slug: 's', name: 'Sandvine' },
      letterId: 'l1',
      channel: 'public_statement',
      respondedOn: '2020-09-15',
      classification: 'exited',
    } as ResponseView;
    const entries = timeline([letter({ responseState: 'answered', publishedAt: new Date() })], [response]);
    expect(entries[0].letterUrl).toBe('/outreach/letters/l1');
    expect(entries[1]).toMatchObject({ kind: 'response', text: 'Sandvine answered (public statement): exited.' });
    expect(timeline([letter({})], [])[0].letterUrl).toBeNull();
  });

  it('takes the state of the latest letter, leaving follow-ups and bounced letters aside', () => {
    const companyState = (letters: LetterEntity[]) => standing(letters, []).state;
    expect(companyState([])).toBe('not_written_to');
    const first = letter({ id: 'a', responseState: 'no_response' });
    const second = letter({ id: 'b', sentAt: new Date('2020-10-01T00:00:00Z'), responseState: 'answered' });
    const follow = letter({
      id: 'c',
      kind: 'follow_up',
      sentAt: new Date('2020-11-01T00:00:00Z'),
      responseState: null,
    });
    expect(companyState([first, second, follow])).toBe('answered');
    expect(
      companyState([first, letter({ id: 'd', status: 'bounced', sentAt: new Date('2021-01-01T00:00:00Z') })]),
    ).toBe('no_response');
  });

  it('stands by the latest answer unless a later letter went unanswered, so every page says the same', () => {
    const sent = letter({ id: 'a', responseState: 'no_response' });
    const answer = (respondedOn: string, letterId: string | null = null) =>
      ({ letterId, respondedOn, classification: 'denied' }) as ResponseView;
    expect(standing([], [answer('2020-09-15')])).toEqual({ state: 'answered', outcome: 'denied' });
    expect(standing([sent], [answer('2020-08-30')])).toEqual({ state: 'no_response', outcome: 'no_response' });
    expect(standing([sent], [answer('2020-09-20')])).toEqual({ state: 'answered', outcome: 'denied' });
    expect(standing([sent], [answer('2020-08-30', 'a')])).toEqual({ state: 'answered', outcome: 'denied' });
  });

  it('computes a median', () => {
    expect(median([])).toBeNull();
    expect(median([14, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
