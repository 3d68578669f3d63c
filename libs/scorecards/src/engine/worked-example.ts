import type { ScoreInputs } from './inputs';

/**
 * The founding case's Supermicro as the method's worked example, for a record that does not hold
 * it (a deployment without the demo): the KGB servers through MAP INFO (single source), the
 * diaspora's naming (plausible) and its letter, unanswered. A record that holds Supermicro shows
 * its live inputs instead.
 */
export const WORKED_EXAMPLE: ScoreInputs = {
  company: { slug: 'supermicro', name: 'Supermicro' },
  asOf: '2026-12-04',
  items: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Supermicro servers for the KGB through the reseller MAP INFO',
      polarity: 'harm',
      category: 'data_infrastructure',
      confidence: 'single_source',
      status: 'published',
      endUser: { slug: 'kgb', name: 'State Security Committee of the Republic of Belarus', kind: 'security_service' },
      route: 'via_intermediary',
      path: 'via reseller MAP INFO',
      date: '2020-12-15',
      dateBasis: 'earliest_source',
      acquiredLater: false,
      answerers: ['supermicro'],
    },
    {
      id: '00000000-0000-4000-8000-000000000002',
      title: 'Supermicro named by the Belarusian diaspora as a supplier of technology to the Belarusian authorities',
      polarity: 'harm',
      category: 'other',
      confidence: 'plausible',
      status: 'published',
      endUser: {
        slug: 'belarus-state-bodies-not-named',
        name: 'Belarusian state bodies not named by the sources',
        kind: 'not_named',
      },
      route: 'direct',
      path: '',
      date: '2020-12-15',
      dateBasis: 'earliest_source',
      acquiredLater: false,
      answerers: ['supermicro'],
    },
  ],
  letters: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      company: 'supermicro',
      sentOn: '2020-11-24',
      sentOnPrecision: 'on_or_before',
      deadline: '2020-12-08',
      sentBy: 'the Belarusian community of the San Francisco Bay Area',
      evidenceIds: ['00000000-0000-4000-8000-000000000001'],
      replyPending: false,
    },
  ],
  responses: [],
};
