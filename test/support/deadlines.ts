/**
 * Deadlines the tests give network calls whose answer always comes (the
 * sandbox's or a test's own DNS server on loopback): long enough that a machine running
 * at a quarter of its speed, with the test's own process busy rendering a
 * page or auditing an account, still gets the answer in time. A test about a
 * deadline itself (a dead server) sets its own short one.
 */
export const SANDBOX_DNS_TIMEOUT_MS = 3000;
