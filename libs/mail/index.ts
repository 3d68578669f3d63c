// Entities (for the data source and migrations; they never leave the services).
export { MailMessageEntity, MAIL_STATUSES, type MailStatus } from './src/mail-message.entity';
export * from './src/mail.module';
export * from './src/mail.exception';
export * from './src/mail.view';
export { MAIL_SEND_JOB, MAIL_REQUEUE_STALE_JOB, BOUNCE_TAG, SEND_LEASE_MS, MAX_ATTEMPTS } from './src/mail.constants';
export type { OutgoingMail } from './src/outgoing-mail';
export * from './src/mail.service';
export { MailSender, MailBusyError, MailRetryError, type SendOutcome } from './src/sending/mail-sender';
export { signedAddress, readSignedAddress, type SignedAddressReading } from './src/signed-address';

// inbound
export { parseInbound, type ParsedInbound, type InboundAttachment } from './src/inbound/parse-inbound';
export type { DeliveryStatusNotification, DsnRecipient } from './src/inbound/dsn';
export {
  startInboundSmtp,
  type InboundSmtp,
  type InboundSmtpOptions,
  type InboundEnvelope,
} from './src/inbound/inbound-smtp';
