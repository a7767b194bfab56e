/**
 * WHM API 1 `create_user_session` (shared/reference/cpanel-api.md §2.4): a
 * one-time login into a cPanel account for root or its reseller, what WHM's
 * own "List Accounts" uses. Parameters `user`, `service` (`cpaneld`), optional
 * `app` and `preferred_domain`; the reply's `data.url` starts the session when
 * a browser opens it, `data.expires` is when it lapses unused (Unix seconds).
 */
import { z } from 'zod';
import type { CpanelGateway } from './gateway';
import { describeGatewayCall, parseData } from './call-data';

export interface UserSession {
  readonly url: string;
  readonly expires: number | null;
}

export interface UserSessionRequest {
  readonly user: string;
  /** A dynamicui `implements` key (e.g. `Email_DeliveryReport`): the cPanel screen the session opens on. */
  readonly app?: string;
  readonly preferredDomain?: string;
}

const sessionSchema = z
  .object({
    url: z.string().regex(/^https?:\/\//, 'not an http(s) URL'),
    expires: z.coerce.number().optional(),
  })
  .loose();

export async function createUserSession(gateway: CpanelGateway, request: UserSessionRequest): Promise<UserSession> {
  const result = await gateway.whm('create_user_session', {
    user: request.user,
    service: 'cpaneld',
    app: request.app,
    preferred_domain: request.preferredDomain,
  });
  const data = parseData(sessionSchema, result, describeGatewayCall(gateway, 'whm', 'create_user_session', undefined, request.user));
  return { url: data.url, expires: data.expires !== undefined && Number.isFinite(data.expires) ? data.expires : null };
}
