// Every route the emulator serves; keys must match operations in openapi/subset.json.
import { activityRoutes } from './activity.js'
import { appRoutes, publicAppRoutes } from './app.js'
import { archiveRoutes } from './archive.js'
import { checkRoutes } from './checks.js'
import { gitDataRoutes } from './git-data.js'
import { issueRoutes } from './issues.js'
import { orgRoutes } from './org.js'
import { pullRoutes } from './pulls.js'
import { repoRoutes } from './repos.js'
import type { RouteTable } from './types.js'

export const ROUTES: RouteTable = {
  ...repoRoutes,
  ...activityRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...checkRoutes,
  ...gitDataRoutes,
  ...archiveRoutes,
  ...orgRoutes,
  ...appRoutes,
  ...publicAppRoutes,
}
