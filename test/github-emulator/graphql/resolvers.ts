// Every resolver table, keyed by GraphQL type name. Types not listed resolve from plain
// properties of their source objects (see resolver.ts).
import {
  botResolvers,
  organizationResolvers,
  queryOrganization,
  queryUser,
  queryViewer,
  teamResolvers,
  userResolvers,
} from './accounts.js'
import { checkRunResolvers, checkSuiteResolvers, commitCheckSuites } from './checks.js'
import { blobResolvers, commitResolvers, tagResolvers, treeEntryResolvers, treeResolvers } from './git-objects.js'
import { pullCommitResolvers, pullResolvers, reviewRequestResolvers, reviewResolvers } from './pulls.js'
import { refResolvers } from './refs.js'
import {
  commitAuthors,
  commitFile,
  commitPulls,
  mergeQueueEntryResolvers,
  mergeQueueResolvers,
  pullTimeline,
  repositoryMergeQueue,
  reviewCanPush,
} from './governance.js'
import { queryRepository, repositoryResolvers } from './repository.js'
import type { ResolverMap, Resolvers } from './resolver.js'

const queryResolvers: Resolvers<unknown> = {
  repository: queryRepository,
  organization: queryOrganization,
  user: queryUser,
  viewer: queryViewer,
  rateLimit: (_root, _args, ctx) => ctx.rateLimit,
}

export const RESOLVERS: ResolverMap = {
  Query: queryResolvers,
  Repository: { ...repositoryResolvers, mergeQueue: repositoryMergeQueue },
  MergeQueue: mergeQueueResolvers,
  MergeQueueEntry: mergeQueueEntryResolvers,
  Ref: refResolvers,
  Blob: blobResolvers,
  Tree: treeResolvers,
  TreeEntry: treeEntryResolvers,
  Commit: {
    ...commitResolvers,
    checkSuites: commitCheckSuites,
    file: commitFile,
    authors: commitAuthors,
    associatedPullRequests: commitPulls,
  },
  Tag: tagResolvers,
  CheckSuite: checkSuiteResolvers,
  CheckRun: checkRunResolvers,
  PullRequest: { ...pullResolvers, timelineItems: pullTimeline },
  PullRequestReview: { ...reviewResolvers, authorCanPushToRepository: reviewCanPush },
  ReviewRequest: reviewRequestResolvers,
  PullRequestCommit: pullCommitResolvers,
  Organization: organizationResolvers,
  User: userResolvers,
  Bot: botResolvers,
  Team: teamResolvers,
}
