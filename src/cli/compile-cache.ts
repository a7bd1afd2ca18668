// Node ≥ 22.1 can keep the compiled code of modules on disk (os.tmpdir()/node-compile-cache,
// keyed by file contents and Node version): the second run of `promptops` skips compiling
// the engine and tokenizer data. Older Nodes lack the API and compile as before.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off; NODE_COMPILE_CACHE=DIR moves it.
import module from 'node:module'

export function enableCompileCache(): void {
  const api = module as { enableCompileCache?: () => unknown }
  try {
    api.enableCompileCache?.()
  } catch {
    // A read-only or full temp dir only costs the speed-up.
  }
}
