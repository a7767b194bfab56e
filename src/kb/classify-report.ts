/**
 * Classifies a delivery text that came with a machine-readable report (an
 * RFC 3464 delivery-status group): the report's status code, dialogue stage
 * and remote host count where the text itself does not say them. The text's
 * own values win: they are the remote server's words.
 */
import { defaultClassifier } from './classify';
import type { Classification } from './matcher';
import type { Stage } from './types';
import { parseReply, type ParsedReply } from '../smtp/reply';

export interface ReportFacts {
  /** RFC 3463 status from the report ("5.1.1"). */
  readonly status?: string;
  readonly stage?: Stage;
  readonly remoteHost?: string;
}

function withFacts(reply: ParsedReply, facts: ReportFacts): ParsedReply {
  const extra: PropertyDescriptorMap = {};
  if (reply.enhanced === undefined && facts.status !== undefined) extra.enhanced = { value: facts.status, enumerable: true };
  if (facts.stage !== undefined && reply.stage === undefined) extra.stage = { value: facts.stage, enumerable: true };
  if (facts.remoteHost !== undefined && reply.remoteHost === undefined) extra.remoteHost = { value: facts.remoteHost, enumerable: true };
  if (Object.keys(extra).length === 0) return reply;
  // The reply keeps its lazily read fields (provider, log line) through the prototype; only the report's facts are added.
  return Object.create(reply, extra) as ParsedReply;
}

export function classifyWithReport(text: string, facts: ReportFacts): Classification {
  return defaultClassifier().classify(withFacts(parseReply(text), facts));
}
