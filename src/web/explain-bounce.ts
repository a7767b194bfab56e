/**
 * "Explain a bounce": a pasted text may be one reply, one Exim log line or a
 * whole bounce e-mail. From a bounce the parts that carry the remote
 * server's words are taken — the DSN `Diagnostic-Code:` field (RFC 3464
 * §2.3.6, folded continuation lines joined), Exim's "SMTP error from remote
 * mail server" paragraph, Exim main-log lines — and, when there is none of
 * those, a `Status:` field (RFC 3464 §2.3.4). Anything else is explained as
 * one message. Pure.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { Finding } from '../diagnose/model';
import { defaultClassifier } from '../kb/classify';
import { explain } from '../kb/explain';
import { checkText } from '../kb/input-text';
import type { Lang } from '../kb/types';
import { looksLikeEximLogLine } from '../smtp/exim-log';
import { parseReply } from '../smtp/reply';
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

export interface ExplainedPart {
  readonly input: string;
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
}

export function explainBounce(input: string, lang: Lang, profile: ProviderProfile, findings: readonly Finding[]): ExplainView {
  const t = UI[lang];
  const parts: ExplainedPart[] = [];
  const errors: string[] = [];
  const pieces = bounceParts(input);
  if (pieces.length === 0) return { text: input, parts, errors: [t.explainNothing] };
  const classifier = defaultClassifier();
  for (const piece of pieces) {
    const checked = checkText(piece);
    if (!checked.ok) {
      errors.push(checked.error);
      continue;
    }
    const c = classifier.classify(parseReply(checked.text));
    const e = explain(c, lang, profile);
    const links: LinkView[] = e.links.flatMap((l) => {
      const href = safeHref(l.url);
      return href === undefined ? [] : [{ href, label: `${t.moreInfo}: ${new URL(href).hostname}` }];
    });
    parts.push({
      input: checked.text,
      id: c.id,
      title: e.title,
      explanation: e.explanation,
      ...(e.codeMeaning === undefined ? {} : { codeMeaning: e.codeMeaning }),
      ...(e.enhancedMeaning === undefined ? {} : {
            enhancedMeaning: [e.enhancedMeaning.classMeaning, e.enhancedMeaning.subjectMeaning, e.enhancedMeaning.detailMeaning]
              .filter((v): v is string => v !== undefined)
              .join(' — '),
          }),
      fix: { actor: e.actor === undefined ? '' : fill(t.whoActs, { actor: e.actor === 'account-owner' ? t.actorOwner : e.actor === 'hosting-provider' ? t.actorProvider : t.actorOther }), steps: e.fix, links },
      ...(e.crossCheck === undefined ? {} : { crossCheck: e.crossCheck }),
      notes: checked.notes,
      // A delivery finding nested under its root cause (`explains`) counts too.
      forAccount: findings
        .flatMap((f) => [f, ...(f.explains ?? [])])
        .filter((f) => f.id === c.id && f.status !== 'ok')
        .map((f) => ({ subject: f.subject.name, summary: f.summary[lang], steps: f.fix?.steps[lang] ?? [] })),
    });
  }
  return { text: input, parts, errors };
}
