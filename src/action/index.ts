// Entry of the bundled Action (dist/index.js). Do not add logic here.
import { run } from './run.js'

await run()
