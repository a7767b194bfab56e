/**
 * Track Delivery records → classified delivery events (pure). The record's
 * `type` gives the outcome; whether the account sent or received the message
 * follows from cPanel's `user` (the sending cPanel account, "-remote-" for
 * mail from outside) and `deliveryuser` (the local account that received it).
 */
import type { DeliveryRecord, DeliveryType } from '../cpanel/track-delivery';
import type { DeliveryEvent, Direction, Outcome } from '../diagnose/model';
import type { Classifier } from '../kb/matcher';
import { parseReply } from '../smtp/reply';
import { MAX_ANALYSED_CHARS } from '../kb/input-text';

const OUTCOMES: Record<DeliveryType, Outcome> = {
  success: 'delivered',
  filtered: 'filtered',
  archive: 'archived',
  failure: 'failed',
  rejected: 'rejected',
  defer: 'deferred',
  inprogress: 'in-progress',
};

function directionOf(record: DeliveryRecord, account: string): Direction {
  const sentByAccount = record.user === account;
  if (!sentByAccount) return 'incoming';
  if (record.remote === false || (record.deliveryUser !== null && record.deliveryUser === account)) return 'local';
  return 'outgoing';
}

export function toDeliveryEvent(record: DeliveryRecord, account: string, classifier: Classifier): DeliveryEvent {
  const outcome = OUTCOMES[record.type];
  const needsDiagnosis = outcome === 'failed' || outcome === 'deferred' || outcome === 'rejected';
  const message = record.message.length > MAX_ANALYSED_CHARS ? record.message.slice(0, MAX_ANALYSED_CHARS) : record.message;
  return {
    time: record.actionAt ?? record.sentAt,
    outcome,
    direction: directionOf(record, account),
    sender: record.sender ?? record.email,
    recipient: record.recipient,
    message,
    router: record.router,
    transport: record.transport,
    remoteHost: record.host,
    remoteIp: record.ip,
    messageId: record.msgid,
    senderAuth: record.senderAuth,
    senderHost: record.senderHost,
    spamScore: record.spamScore,
    accountDomain: record.domain,
    classification: needsDiagnosis ? classifier.classify(parseReply(message)) : null,
  };
}
