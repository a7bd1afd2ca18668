// What the replicas benchmark needs, bundled once by bundle-ts.mjs (one copy of the emulator):
// the emulator, the App harness, the burst scenario shared with the e2e test, a real Redis.
export { startEmulator } from '../../../test/github-emulator/index.js'
export { approvalChecks, startApp } from '../../../test/app/harness.js'
export { openPulls, REF, runBurst, TEAMS, writeSpacing } from '../../../test/app/replica-burst.js'
export { startRedis } from '../../../test/helpers/redis-server.js'
