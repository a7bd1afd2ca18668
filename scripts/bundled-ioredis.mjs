// esbuild plugin: Probot loads ioredis (for REDIS_URL) through npx-import-light, which looks in
// node_modules or asks npx at run time. The bundles ship with no node_modules, so this replaces
// that module with one that returns the ioredis bundled beside Probot (a pinned devDependency),
// and refuses anything else rather than downloading code.
export const bundledIoredis = {
  name: 'bundled-ioredis',
  setup(build) {
    build.onResolve({ filter: /^npx-import-light$/ }, () => ({ path: 'npx-import-light', namespace: 'bundled-ioredis' }))
    build.onLoad({ filter: /.*/, namespace: 'bundled-ioredis' }, () => ({
      resolveDir: process.cwd(),
      contents: `export async function npxImport(spec) {
  if (/^ioredis(@|$)/.test(spec)) return import('ioredis')
  throw new Error('PromptOps bundles its dependencies: ' + spec + ' is not available')
}
`,
    }))
  },
}
