/** The generated scenarios of the audit and store benchmarks: one large account, a server of many small ones (test/support). */
export { largeAccountScenario, manyAccountsScenario } from '../../test/support/scale-scenarios';
