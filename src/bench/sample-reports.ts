/** The generated reports the store and WHM benchmarks use: the tests' own fixtures (test/support), so both measure the same shapes. */
export { sampleWhmAccount, typicalReport } from '../../test/support/sample-reports';
