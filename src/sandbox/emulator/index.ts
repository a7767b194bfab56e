/** Public surface of the cPanel emulator. */
export { startEmulator, type RunningEmulator } from './start-emulator';
export { loadScenarioFile, parseScenarioText, validateScenario, ScenarioError } from './scenario-load';
export { type ScenarioInput } from './scenario-schema';
export { authoritativeDnsData } from './authoritative-dns';
