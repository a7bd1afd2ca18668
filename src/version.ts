// Kept in step with package.json by scripts/bundle.mjs (checked by a test).
export const VERSION = '1.0.0'
