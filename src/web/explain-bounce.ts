/**
 * "Explain a bounce": a pasted text may be one reply, one Exim log line or a
 * whole bounce e-mail. From a bounce the parts that carry the remote
 * server's words are taken — the DSN `Diagnostic-Code:` field (RFC 3464
 * §2.3.6, folded continuation lines joined), Exim's "SMTP error from remote
 * mail server" paragraph, Exim main-log lines — and, when there is none of
 * those, a `Status:` field (RFC 3464 §2.3.4). Anything else is explained as
 * one message. A whole e-mail (pasted or uploaded) goes through the bounce
 * reader instead: one explanation per failed recipient. "For this account"
 * shows only the account's findings about the addresses and domains the
 * bounce is about (see `concerns`).
 */
import type { ProviderProfile } from '../config/provider-profile';
import { withNested, type Finding } from '../diagnose/model';
import { defaultClassifier } from '../kb/classify';
import { explain } from '../kb/explain';
import { checkText } from '../kb/input-text';
import { failureWords, noteWords } from '../text/reader-notes';
import type { Lang } from '../kb/types';
import { looksLikeEximLogLine } from '../smtp/exim-log';
import { parseReply } from '../smtp/reply';
import { ADDRESS_SOURCE } from '../bounce/addresses';
import { BounceError, hasServerWords, readBounce, type BounceReport } from '../bounce/read-bounce';
import { kindNoteOf } from '../bounce/message-kind';
import type { Classification } from '../kb/matcher';
import { stageWords } from '../report/stage-words';
import { bounceWords } from './bounce-words';
import { fill, UI } from './i18n';
import { safeHref, type FixView, type LinkView } from './report-view';

/** Pasting a whole mailbox should not turn into a thousand explanations. */
export const MAX_PARTS = 10;

function unfold(lines: readonly string[], start: number): { text: string; next: number } {
  let text = lines[start]!.trim();
  let i = start + 1;
  while (i < lines.length && /^[ \t]+\S/.test(lines[i]!)) {
    text += ` ${lines[i]!.trim()}`;
    i += 1;
  }
  return { text, next: i };
}

/** The pieces of `input` worth explaining, in order, without duplicates. */
export function bounceParts(input: string): string[] {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const parts: string[] = [];
  const statuses: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (/^diagnostic-code:/i.test(line)) {
      const { text, next } = unfold(lines, i);
      // "Diagnostic-Code: smtp; 550 5.1.1 …": the diagnostic type is not part of the reply.
      parts.push(text.replace(/^diagnostic-code:\s*(?:[a-z-]+\s*;\s*)?/i, ''));
      i = next;
    } else if (/SMTP error from remote mail server/i.test(line)) {
      // Exim bounce: the line names the stage, the indented lines after it are the reply.
      let text = line.trim();
      let j = i + 1;
      while (j < lines.length && /^[ \t]+\S/.test(lines[j]!)) {
        text += ` ${lines[j]!.trim()}`;
        j += 1;
      }
      parts.push(text);
      i = j;
    } else if (/^status:\s*[245]\.\d{1,3}\.\d{1,3}/i.test(line)) {
      statuses.push(line.trim());
      i += 1;
    } else if (looksLikeEximLogLine(line.trim())) {
      parts.push(line.trim());
      i += 1;
    } else {
      i += 1;
    }
  }
  if (parts.length === 0) parts.push(...statuses.map((s) => s.replace(/^status:\s*/i, '')));
  if (parts.length === 0) return input.trim() === '' ? [] : [input.trim()];
  return [...new Set(parts)].slice(0, MAX_PARTS);
}

interface ExplainedPart {
  readonly input: string;
  /** For a whole bounce: the failed recipient and what the report says about it. */
  readonly recipient?: string;
  readonly facts?: readonly { readonly label: string; readonly value: string }[];
  readonly id: string;
  readonly title: string;
  readonly explanation: string;
  readonly codeMeaning?: string;
  readonly enhancedMeaning?: string;
  readonly fix: FixView;
  readonly crossCheck?: string;
  readonly notes: readonly string[];
  /** This account's findings with the same diagnosis: the fix with the account's own names. */
  readonly forAccount: readonly { readonly subject: string; readonly summary: string; readonly steps: readonly string[] }[];
}

export interface ExplainView {
  readonly text: string;
  readonly parts: readonly ExplainedPart[];
  readonly errors: readonly string[];
  /** For a whole message that is not a failure report: what it is instead. */
  readonly kindNote?: string;
}

type AccountFinding = ExplainedPart['forAccount'][number];

const ANY_ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * The account's findings with the same diagnosis that concern this bounce:
 * for a problem on the receiving side (a full mailbox, an unknown user) only
 * a finding about the recipient's own address or domain; for a problem on
 * the sending side only one about the sender's address, its domain or the
 * account itself. A bounce about someone else's full mailbox never points at
 * a full mailbox of this account.
 */
function concerns(findings: readonly Finding[], c: Classification, recipients: readonly string[], senders: readonly string[], lang: Lang): AccountFinding[] {
  const receivingSide = c.actor === 'other-side';
  const addresses = new Set((receivingSide ? recipients : senders).map((a) => a.toLowerCase()));
  const domains = new Set([...addresses].map(domainOf));
  return findings
    // A delivery finding nested under its root cause (`explains`) counts too, and so does a part of a root cause (SPF of a domain).
    .flatMap(withNested)
    .filter((f) => f.id === c.id && f.status !== 'ok')
    .filter((f) => {
      const name = f.subject.name.toLowerCase();
      switch (f.subject.kind) {
        case 'mailbox':
        case 'forwarder':
          return addresses.has(name);
        case 'domain':
          return domains.has(name);
        default:
          return !receivingSide;
      }
    })
    .map((f) => ({ subject: f.subject.name, summary: f.summary[lang], steps: f.fix?.steps[lang] ?? [] }));
}

function explainBounce(input: string, lang: Lang, profile: ProviderProfile, findings: readonly Finding[]): ExplainView {
  const t = UI[lang];
  const parts: ExplainedPart[] = [];
  const errors: string[] = [];
  const pieces = bounceParts(input);
  if (pieces.length === 0) return { text: input, parts, errors: [t.explainNothing] };
  const classifier = defaultClassifier();
  for (const piece of pieces) {
    const checked = checkText(piece);
    if (!checked.ok) {
      errors.push(failureWords(checked.error, lang));
      continue;
    }
    const c = classifier.classify(parseReply(checked.text));
    const e = explain(c, lang, profile);
    parts.push({
      input: checked.text,
      id: c.id,
      ...explanationView(e, lang),
      notes: checked.notes.map((note) => noteWords(note, lang)),
      // A pasted reply does not say which of its addresses is the sender's: each may be either.
      forAccount: concerns(findings, c, checked.text.match(ANY_ADDRESS) ?? [], checked.text.match(ANY_ADDRESS) ?? [], lang),
    });
  }
  return { text: input, parts, errors };
}

function explanationView(e: ReturnType<typeof explain>, lang: Lang): Pick<ExplainedPart, 'title' | 'explanation' | 'codeMeaning' | 'enhancedMeaning' | 'fix' | 'crossCheck'> {
  const t = UI[lang];
  const links: LinkView[] = e.links.flatMap((l) => {
    const href = safeHref(l.url);
    return href === undefined ? [] : [{ href, label: `${t.moreInfo}: ${new URL(href).hostname}` }];
  });
  return {
    title: e.title,
    explanation: e.explanation,
    ...(e.codeMeaning === undefined ? {} : { codeMeaning: e.codeMeaning }),
    ...(e.enhancedMeaning === undefined
      ? {}
      : {
          enhancedMeaning: [e.enhancedMeaning.classMeaning, e.enhancedMeaning.subjectMeaning, e.enhancedMeaning.detailMeaning]
            .filter((v): v is string => v !== undefined)
            .join(' — '),
        }),
    fix: { actor: e.actor === undefined ? '' : fill(t.whoActs, { actor: e.actor === 'account-owner' ? t.actorOwner : e.actor === 'hosting-provider' ? t.actorProvider : t.actorOther }), steps: e.fix, links },
    ...(e.crossCheck === undefined ? {} : { crossCheck: e.crossCheck }),
  };
}

/** A whole e-mail starts with header fields: "Name: value" lines, then an empty line. */
function looksLikeMessage(text: string): boolean {
  const head = text.replace(/^\s+/, '').slice(0, 4096);
  const fields = head.split(/\r?\n(?=\S)/, 6).filter((l) => /^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]*\S/.test(l));
  return fields.length >= 2 && /\r?\n\r?\n/.test(text);
}

/** A pasted text read as a bounce's body: only when it names failed recipients with the server's words about them. */
async function pastedBounceBody(text: string): Promise<BounceReport | undefined> {
  try {
    const report = await readBounce(Buffer.from(text, 'utf8'));
    const said = report.recipients.some((r) => hasServerWords(r.diagnosticCode));
    return (report.kind === 'bounce' || report.kind === 'delayed') && said ? report : undefined;
  } catch {
    return undefined;
  }
}

/** Shown on the page: the server's words, kept to a readable length. */
const MAX_WORDS_SHOWN = 1000;

/**
 * The page's explanation of a pasted text or an uploaded message. A whole
 * message goes through the bounce reader; anything else is explained as
 * pasted replies (explainBounce). The bytes are never stored or logged.
 */
export async function explainInput(
  input: { readonly text: string; readonly upload?: Buffer; readonly tooLarge?: boolean },
  lang: Lang,
  profile: ProviderProfile,
  findings: readonly Finding[],
): Promise<ExplainView> {
  const w = bounceWords(lang);
  if (input.tooLarge === true) return { text: '', parts: [], errors: [w.tooLarge] };
  const upload = input.upload !== undefined && input.upload.length > 0 ? input.upload : undefined;
  // The textarea shows what was pasted; an upload's contents are not echoed into the page.
  const shown = upload === undefined ? input.text : '';
  let report: BounceReport;
  if (upload === undefined && !looksLikeMessage(input.text)) {
    // A bounce's body copied out of a mail program is read recipient by recipient when the reader finds failed
    // addresses with the server's words; pasted replies and log lines are explained as they are.
    const body = await pastedBounceBody(input.text);
    if (body === undefined) return explainBounce(input.text, lang, profile, findings);
    report = body;
  } else {
    try {
      report = await readBounce(upload ?? Buffer.from(input.text.replace(/\r?\n/g, '\r\n'), 'utf8'));
    } catch (error) {
      const reason = failureWords(error instanceof BounceError ? error.failure : { code: 'unreadable' }, lang);
      return { text: shown, parts: [], errors: [fill(w.notRead, { error: reason })] };
    }
  }
  if (report.recipients.length === 0) {
    return { text: shown, parts: [], errors: [], kindNote: w.kinds[kindNoteOf(report.kind, report.feedbackType)] };
  }
  const senders = report.original.from === undefined ? [] : [report.original.from];
  const parts: ExplainedPart[] = report.recipients.map((r) => {
    const e = explain(r.classification, lang, profile);
    const facts: { label: string; value: string }[] = [];
    const status = [r.action, r.status, r.replyCode === undefined ? undefined : String(r.replyCode)].filter((v): v is string => v !== undefined).join(' · ');
    if (status !== '') facts.push({ label: w.status, value: status });
    const stage = stageWords(r.stage, lang);
    if (stage !== undefined) facts.push({ label: w.where, value: stage });
    if (r.remoteMta !== undefined) facts.push({ label: w.server, value: r.remoteMta });
    return {
      input: (r.diagnosticCode ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS_SHOWN),
      recipient: r.recipient,
      facts,
      id: r.classification.id,
      ...explanationView(e, lang),
      notes: [...report.notes.map((note) => noteWords(note, lang)), ...(r.reasonSource === 'status-code' ? [w.byCode] : [])],
      // Without the returned message's From (a body pasted alone), the server's words may name the sender.
      forAccount: concerns(findings, r.classification, [r.recipient], senders.length > 0 ? senders : (r.diagnosticCode?.match(ANY_ADDRESS) ?? []), lang),
    };
  });
  return { text: shown, parts, errors: [] };
}
