// ESM + TypeScript the way actions/typescript-action does it: ts-jest in ESM mode,
// `.js` import specifiers mapped back to their `.ts` sources. Type checking is done
// once by `tsc --noEmit` (npm test runs it first), so ts-jest only transpiles.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // libphonenumber-js's ESM build imports its metadata JSON without an import attribute,
  // which jest's ESM loader warns about once per module; its CommonJS build is the same code.
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^libphonenumber-js/max$': '<rootDir>/node_modules/libphonenumber-js/max/index.cjs',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker that has run many suites keeps their modules and caches (up to ~1.2 GB after the
  // heaviest suites). Workers above this after a suite are replaced (Jest's documented remedy
  // for memory that accumulates). The worker crashes once blamed on memory were V8 aborting in
  // a deep YAML recursion; YAML nesting is now bounded (src/core/yaml/bounded-document.ts).
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.mjs'],
}
