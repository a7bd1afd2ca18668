// `npm start`: the Probot server with Probot's standard environment (APP_ID, PRIVATE_KEY
// or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, WEBHOOK_PATH, GHE_HOST, LOG_LEVEL, ...).
import { run } from 'probot'
import app from './index.js'
import { appOctokit } from './octokit.js'

await run(app, { Octokit: appOctokit(process.env) })
