/** The benchmarks' stream of realistic delivery lines: the tests' own generator (test/support). */
export { generateLines } from '../../test/support/line-generator';
