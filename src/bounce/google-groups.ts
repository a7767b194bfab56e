/**
 * Google Groups refuses a post with a notice written for people, in the
 * sender's own language, that carries no server reply at all: the group may
 * not exist, or the sender may not post to it. In every language the notice
 * has the same form: a failure notice from Google's mail system with the link
 * to the Google Groups help centre. The knowledge base reads the notice's
 * meaning in Google's own English words; the notice's text is still what the
 * report shows.
 */
import { isSystemSender } from './message-kind';

/** Google's English text of the notice, which the knowledge base knows. */
export const GOOGLE_GROUPS_MEANING = 'Google Groups: the group you tried to contact may not exist, or you may not have permission to post messages to the group.';

const HELP_LINK = /\bhttps?:\/\/groups\.google\.com\/support\b/i;

export function isGoogleGroupsNotice(from: string, report: string): boolean {
  return isSystemSender(from) && /@google(?:mail)?\.com$/i.test(from.trim()) && HELP_LINK.test(report.slice(0, 20_000));
}
