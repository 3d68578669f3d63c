/** Strings of the public outreach pages and the outreach API's docs (English, the source language). */
export const outreachPages: Record<string, string> = {
  // Navigation and footer.
  'nav.outreach': 'Outreach',
  'footer.outreach': 'Outreach and responses',
  'footer.responses': 'Company responses',

  // A company's outreach timeline (on its profile).
  'outreach.page.timeline.heading': 'Outreach',
  'outreach.page.timeline.list_label': 'Outreach to {name}, oldest first',
  'outreach.page.timeline.current': 'Now:',
  'outreach.page.timeline.read_letter': 'Read the letter',
  'outreach.page.timeline.all': 'Response statistics for every company written to',
  'outreach.page.state.awaiting': 'We are waiting for {name} to answer.',
  'outreach.page.state.answered': '{name} answered.',
  'outreach.page.state.answered_as': '{name} answered: {classification}.',
  'outreach.page.state.overdue': '{name} has not answered, and the deadline has passed.',
  'outreach.page.state.no_response': '{name} did not answer: its silence is recorded here with its dates.',
  'outreach.page.state.not_written_to': 'We have not written to {name} yet.',
  'outreach.page.state_label.not_written_to': 'not written to',
  'outreach.page.kind.letter': 'Letter',
  'outreach.page.kind.follow_up': 'Reminder',
  'outreach.page.kind.response': 'Answer',
  'outreach.page.kind.silence': 'Silence',
  'outreach.page.kind.overdue': 'Deadline passed',
  'outreach.page.kind.bounce': 'Not delivered',
  'outreach.page.demo': 'demo data: not actually sent',
  'outreach.page.demo_tag': 'demo data',
  'outreach.page.stats.demo':
    '{count} of the {total} companies counted here are demo data: our letters to them were never sent. Their answers are their real public statements, with sources.',
  'outreach.page.stats.demo_one':
    '1 of the {total} companies counted here is demo data: our letter to it was never sent.',
  'outreach.page.demo_response': 'demo data: not an answer to an actual letter',

  // A response, wherever it is shown.
  'outreach.page.response.channel': 'Channel:',
  'outreach.page.response.classification': 'What it amounts to:',
  'outreach.page.response.link': 'The answer where it was published',
  'outreach.page.response.no_text': 'The words of the answer are not recorded here; follow the link.',
  'outreach.page.response.days': '{days} days after our letter',
  'outreach.page.response.days_one': '1 day after our letter',
  'outreach.page.response.same_day': 'the day of our letter',

  // The right of reply on an evidence page.
  'outreach.page.reply.heading': 'The company’s answer',
  'outreach.page.reply.intro':
    'Every company named in the record is asked for its side. What it said about this item is shown here, in its own words.',
  'outreach.page.reply.none': 'No company has answered about this item yet.',

  // /outreach
  'outreach.page.stats.title': 'Outreach: who answered',
  'outreach.page.stats.kicker': 'Outreach',
  'outreach.page.stats.lead':
    'We write to the companies in the record and ask for their side, and record the letters other organizations sent them. Here is who answered, what they said, and who stayed silent.',
  'outreach.page.response.to_external': 'In answer to the letter sent by {sender}.',
  'outreach.page.response.due_on': 'It said it would act by {date}.',
  'outreach.page.timeline.source': 'Source:',
  'outreach.page.letter.sent_by': 'Sent by',
  'outreach.page.letter.source_heading': 'Where this letter is documented',
  'outreach.page.letter.by_others':
    'Another organization sent this letter; the record keeps it from its source. Its answer, and its silence once the deadline has passed, count like those of our own letters.',
  'outreach.page.stats.written_to': 'Companies written to',
  'outreach.page.stats.answered': 'Answered',
  'outreach.page.stats.response_rate': 'Response rate',
  'outreach.page.stats.median': 'Median time to answer',
  'outreach.page.stats.median_value': '{days} days',
  'outreach.page.stats.median_value_one': '1 day',
  'outreach.page.stats.not_known': 'not known yet',
  'outreach.page.stats.none': 'We have not written to any company yet.',
  'outreach.page.stats.chart_heading': 'Latest answer or silence, by company',
  'outreach.page.stats.chart_label': 'Companies by their latest answer or silence: {counts}.',
  'outreach.page.stats.chart_count': '{label} {count}',
  'outreach.page.stats.table_caption': 'Companies by their latest answer or silence (the numbers of the chart)',
  'outreach.page.stats.table_key': 'Latest answer or silence',
  'outreach.page.stats.table_count': 'Companies',
  'outreach.page.stats.table_share': 'Share',
  'outreach.page.stats.table_share_of': ' of the companies on the record',
  'outreach.page.stats.companies_heading': 'Companies on the record',
  'outreach.page.stats.companies_caption':
    'Every company written to or on the record with an answer, and where it stands',
  'outreach.page.stats.company': 'Company',
  'outreach.page.stats.state': 'State',
  'outreach.page.stats.how_heading': 'How to read this',
  'outreach.page.stats.how_once':
    'Each company is counted once, by its latest answer or, if it has not answered its latest letter, by its silence. Letters sent by other organizations count like ours, and so do public statements a company made on the record without being written to.',
  'outreach.page.stats.how_silence':
    'Every letter asks for an answer by a deadline (14 days unless the letter says otherwise). A company that has not answered by the deadline is “overdue”; at twice the deadline its silence becomes “no response”, a fact of the record with its dates.',
  'outreach.page.stats.how_rate':
    'The response rate is the share of companies written to that answered at least once. The time to answer counts days from a letter to its first answer.',
  'outreach.page.stats.how_patterns':
    'In the chart, solid bars are answers, hatched bars are silence, and outlined bars are companies still within their deadline.',
  'outreach.page.stats.data_json': 'Statistics and timelines (JSON)',
  'outreach.page.stats.data_csv': 'Every response (CSV)',

  // /outreach/letters/:id
  'outreach.page.letter.kicker': 'Our letter to {name}',
  'outreach.page.letter.company': 'To',
  'outreach.page.letter.recipients': 'Written to',
  'outreach.page.letter.kind': 'Kind',
  'outreach.page.letter.sent': 'Sent',
  'outreach.page.letter.deadline': 'Answer requested by',
  'outreach.page.letter.state': 'Answer',
  'outreach.page.letter.hash': 'Content hash (SHA-256)',
  'outreach.page.letter.hash_hint':
    'The letter is frozen when it is sent: this fingerprint of its subject and text as sent lets anyone check that it was not changed afterwards.',
  'outreach.page.letter.text_heading': 'The letter as sent',
  'outreach.page.letter.back': 'Back to {name}’s profile',

  // The API's query filters.
  'outreach.page.query.status': 'Choose a letter status: draft, sent or bounced.',
  'outreach.page.query.response_state': 'Choose a state: awaiting, answered, overdue or no_response.',
  'outreach.page.query.batch': 'Give the id of a letter batch.',
  'outreach.page.query.inbound_status': 'Choose a status: attached, auto_reply, classified, bounce, held or dismissed.',
};
