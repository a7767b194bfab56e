/**
 * The provider-code tier for mailbox providers of Japan, Korea, China and
 * the Russian-speaking world beyond provider-codes-americas-asia.ts: their
 * own codes and fixed phrases (also in their own languages) from their
 * published references, each entry naming its source.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const QQ = 'Tencent QQ Mail / Exmail help, "退信代码" pages that its replies link to (service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022, service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022), as reproduced in English at smtp.codes/qq and in Chinese at qiao.yimirj.com/article/detail/2261 ("向qq邮箱群发邮件常见退信代码说明")';

const token = providerToken;

export const ASIA_RUSSIA_CODE_PHRASES: readonly TierEntry[] = [
  // QQ's "550 Mailbox unavailable or access denied" (its recipient's intake limit) is left out: other servers use
  // the same generic words for an address that does not exist, and nothing in the reply ties it to QQ.
  // Tencent QQ Mail / Exmail: "550 Mail is rejected by recipients": the recipient put the sender on a personal
  // block list or made a filter rule that refuses the message; only the recipient can lift it.
  token('recipient-filtered', ['mail is rejected by recipients'], QQ),

  // Tencent QQ Mail / Exmail: "550 Suspected spam sender": QQ suspects the sending domain (or the mail operator
  // behind it) of sending spam, because much spam came from it; a verdict on the sender's reputation, not on the
  // address or on this message's content.
  token('domain-reputation-low', ['suspected spam sender'], QQ),
];
