/**
 * Classifies a delivery text that came with a machine-readable report (an
 * RFC 3464 delivery-status group): the report's status code, dialogue stage
 * and remote host count where the text itself does not say them. The text's
 * own values win: they are the remote server's words.
 */
import { defaultClassifier } from './classify';
import type { Classification } from './matcher';
import type { ProviderId, Stage } from './types';
import { detectProvider } from '../smtp/reply-markers';
import { parseReply, type ParsedReply } from '../smtp/reply';

export interface ReportFacts {
  /** RFC 3463 status from the report ("5.1.1"). */
  readonly status?: string;
  readonly stage?: Stage;
  readonly remoteHost?: string;
}

/**
 * The reply with the report's facts filling its gaps. Stage and host are
 * looked up only if a rule asks; the reply finds its own lazily too.
 */
class ReplyWithFacts implements ParsedReply {
  readonly raw: string;
  readonly text: string;
  readonly folded: string;
  readonly code?: number;
  readonly enhanced?: string;

  constructor(
    private readonly reply: ParsedReply,
    private readonly facts: ReportFacts,
  ) {
    this.raw = reply.raw;
    this.text = reply.text;
    this.folded = reply.folded;
    if (reply.code !== undefined) this.code = reply.code;
    const enhanced = reply.enhanced ?? facts.status;
    if (enhanced !== undefined) this.enhanced = enhanced;
  }

  get stage(): Stage | undefined {
    return this.reply.stage ?? this.facts.stage;
  }

  get remoteHost(): string | undefined {
    return this.reply.remoteHost ?? this.facts.remoteHost;
  }

  get remoteIp(): string | undefined {
    return this.reply.remoteIp;
  }

  get provider(): ProviderId | undefined {
    return this.reply.provider ?? (this.facts.remoteHost === undefined ? undefined : detectProvider(this.facts.remoteHost, '', []));
  }

  get log(): ParsedReply['log'] {
    return this.reply.log;
  }

  get logEvent(): ParsedReply['logEvent'] {
    return this.reply.logEvent;
  }

}

function withFacts(reply: ParsedReply, facts: ReportFacts): ParsedReply {
  if ((reply.enhanced !== undefined || facts.status === undefined) && facts.stage === undefined && facts.remoteHost === undefined) return reply;
  return new ReplyWithFacts(reply, facts);
}

export function classifyWithReport(text: string, facts: ReportFacts): Classification {
  return defaultClassifier().classify(withFacts(parseReply(text), facts));
}
