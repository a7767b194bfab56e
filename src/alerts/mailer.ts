/**
 * Sends the digests: through the server's own MTA (the sendmail binary, so
 * Exim queues and retries) or through an SMTP server. The only place that
 * imports nodemailer.
 */
import nodemailer from 'nodemailer';

interface MailMessage {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

type MailerSettings =
  | { readonly transport: 'sendmail'; readonly sendmailPath: string }
  | {
      readonly transport: 'smtp';
      readonly host: string;
      readonly port: number;
      readonly security: 'starttls' | 'tls' | 'none';
      readonly username: string;
      readonly password: string;
      /** Tests only: accept the loopback server's self-signed certificate. */
      readonly allowSelfSigned?: boolean;
    };

export function createMailer(settings: MailerSettings): Mailer {
  const transporter =
    settings.transport === 'sendmail'
      ? nodemailer.createTransport({ sendmail: true, newline: 'unix', path: settings.sendmailPath })
      : nodemailer.createTransport({
          host: settings.host,
          port: settings.port,
          secure: settings.security === 'tls',
          requireTLS: settings.security === 'starttls',
          ignoreTLS: settings.security === 'none',
          ...(settings.username === '' ? {} : { auth: { user: settings.username, pass: settings.password } }),
          ...(settings.allowSelfSigned === true ? { tls: { rejectUnauthorized: false } } : {}),
          connectionTimeout: 20_000,
          greetingTimeout: 20_000,
          socketTimeout: 60_000,
        });
  return {
    async send(message: MailMessage): Promise<void> {
      await transporter.sendMail({ ...message, headers: { 'Auto-Submitted': 'auto-generated' } });
    },
    close: () => transporter.close(),
  };
}
