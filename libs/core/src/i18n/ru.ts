/**
 * Russian, for what supporters receive (their mail is written in the language their browser asked
 * for). Only supporter mail is translated so far: any other key falls back to English.
 */
export const ru: Record<string, string> = {
  'campaigns.mail.greeting': 'Здравствуйте, {name}!',
  'campaigns.mail.greeting_plain': 'Здравствуйте!',
  'campaigns.mail.confirm.subject': 'Подтвердите свою подпись: {title}',
  'campaigns.mail.confirm.body':
    'Спасибо, что подписали петицию «{title}». Ваша подпись будет засчитана после подтверждения.',
  'campaigns.mail.confirm.action': 'Откройте эту ссылку и нажмите кнопку на странице, чтобы подтвердить подпись:',
  'campaigns.mail.confirm.expires': 'Ссылка действует {days} дней.',
  'campaigns.mail.pending.subject': 'Ваша подпись ещё не подтверждена: {title}',
  'campaigns.mail.pending.body':
    'Кто-то (вероятно, вы) снова подписал петицию «{title}» с этим адресом. Ваша подпись ждёт подтверждения; вот ссылка ещё раз.',
  'campaigns.mail.already.subject': 'Вы уже подписали: {title}',
  'campaigns.mail.already.body':
    'Кто-то (вероятно, вы) снова подписал петицию «{title}» с этим адресом. Вы уже подписали и подтвердили её, и ваша подпись засчитана один раз.',
  'campaigns.mail.already.nothing_to_do': 'Больше ничего делать не нужно.',
  'campaigns.mail.erased.subject': 'О вашей подписи: {title}',
  'campaigns.mail.erased.body':
    'Кто-то (вероятно, вы) подписал петицию «{title}» с этим адресом. С этого адреса уже подписывали её и просили удалить данные: та подпись по-прежнему учитывается анонимно, второй мы не принимаем.',
  'campaigns.mail.not_you':
    'Если это были не вы, просто проигнорируйте это письмо: без подтверждения ничего не засчитывается.',
  'campaigns.mail.footer.why':
    'Вы получили это письмо, потому что этот адрес был указан в петиции «{title}» на Leverage.',
  'campaigns.mail.footer.your_data': 'Посмотреть, скачать или удалить то, что мы о вас храним:',
  'campaigns.mail.footer.unsubscribe': 'Отказаться от всех новостей кампаний:',
};
