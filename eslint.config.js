// Lint: typescript-eslint's type-aware rules on the TypeScript sources, the recommended
// JavaScript rules on the .mjs scripts. Layout is Prettier's job (.prettierrc), not ESLint's.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const unusedVars = [
  'error',
  { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
]

// The Node globals the .mjs scripts use (no `globals` dependency for a dozen names).
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'performance', 'fetch', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder']
    .concat(['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone'])
    .map((name) => [name, 'readonly']),
)

export default tseslint.config(
  {
    // Generated or copied-in files: bundles, the JSON Schema, trained weights, the generated
    // gitleaks rules, test fixtures and the emulator's generated OpenAPI subset.
    ignores: [
      'dist/**',
      'schema/**',
      'coverage/**',
      '.cache/**',
      'node_modules/**',
      'src/core/classify/weights/**',
      'src/core/detect/secrets/generated/**',
      'test/fixtures/**',
      'examples/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: NODE_GLOBALS },
    rules: { 'no-unused-vars': unusedVars },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': unusedVars,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Async functions without an await implement async interfaces (lazy command loaders,
      // fakes of async ports); making them sync would change the interface, not the code.
      '@typescript-eslint/require-await': 'off',
      // Its fixer drops assertions that narrow literals inside nested object literals
      // (`'unknown' as Role`), which tsc then rejects.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Comments quote the look-alike characters a detector handles (`pass\u200bword`).
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    // Detectors, canonicalisation and redaction match control, invisible and combining code
    // points on purpose: that is the input they exist to find.
    files: ['src/core/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
  {
    // matchAll copies its regex on every call; those copies ran several times slower in long
    // scans (see matchesOf in src/core/text.ts).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use matchesOf(re, text) from src/core/text.ts: matchAll copies the regex on every call.',
        },
      ],
    },
  },
  {
    // Tests may assert what they just built (`m[1]!`): a wrong guess fails the test. They also
    // read the CLI's and the emulator's JSON output, which is `any` by nature.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
)
