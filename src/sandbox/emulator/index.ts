/** Public surface of the cPanel emulator. */
export { startEmulator, type RunningEmulator, type StartEmulatorOptions, type EmulatorCli } from './start-emulator';
export { loadScenarioFile, parseScenarioText, validateScenario, ScenarioError } from './scenario-load';
export { scenarioSchema, faultSchema, type Scenario, type ScenarioInput, type Fault, type FaultInput } from './scenario-schema';
export { EmulatorState } from './emulator-state';
export { runEmulatedCli, CLI_ENV } from './cli-main';
export { authoritativeDnsData } from './authoritative-dns';
