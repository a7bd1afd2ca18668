// Public surface of the GitHub emulator used by integration tests.
export { startEmulator, type Emulator, type EmulatorOptions } from './server.js'
export type { FaultSpec } from './faults.js'
export type { RecordedRequest, Violation } from './pipeline.js'
export type { CreatePullInput, EmulatorState, PullRecord, BranchProtectionInput } from './state.js'
