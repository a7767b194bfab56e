/** Public surface of the cPanel gateway. */
export * from './errors';
export * from './gateway';
export { isMissingFunctionError } from './envelope';
export { createHttpGateway } from './http-transport';
export { createLiveApiGateway } from './live-api-transport';
export { createCliGateway } from './cli-transport';
export * from './domains';
export * from './email-routing';
export * from './mailboxes';
export * from './forwarders';
export * from './spam-settings';
export * from './client-settings';
export * from './email-auth';
export * from './account-info';
export * from './track-delivery';
export * from './whm-accounts';
export * from './user-session';
export * from './changes';
