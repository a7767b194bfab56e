/**
 * Classifies a delivery text that came with a machine-readable report (an
 * RFC 3464 delivery-status group): the report's status code, dialogue stage
 * and remote host count where the text itself does not say them. The text's
 * own values win: they are the remote server's words.
 */
import { defaultClassifier } from './classify';
import type { Classification } from './matcher';
import type { Stage } from './types';
import { parseReply } from '../smtp/reply';

interface ReportFacts {
  /** RFC 3463 status from the report ("5.1.1"). */
  readonly status?: string;
  readonly stage?: Stage;
  readonly remoteHost?: string;
}

export function classifyWithReport(text: string, facts: ReportFacts): Classification {
  const reply = parseReply(text);
  // A reply is a plain value: a copy with the report's status keeps every other field.
  const withStatus = reply.enhanced === undefined && facts.status !== undefined ? { ...reply, enhanced: facts.status } : reply;
  return defaultClassifier().classify(withStatus, {
    ...(facts.stage === undefined ? {} : { stage: facts.stage }),
    ...(facts.remoteHost === undefined ? {} : { remoteHost: facts.remoteHost }),
  });
}
