// The Octokit flavour the Action and App use, pointed at an emulator.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'

export const TestOctokit = Octokit.plugin(restEndpointMethods, paginateRest)
export type TestOctokit = InstanceType<typeof TestOctokit>

export function octokitFor(baseUrl: string, token = 'ghs_testtoken'): TestOctokit {
  return new TestOctokit({ auth: token, baseUrl, log: { debug() {}, info() {}, warn() {}, error() {} } })
}
