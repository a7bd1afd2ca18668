// Who can be named in policy: a GitHub login `@user` or team `@org/team`, as in CODEOWNERS.
import { z } from 'zod'

export const principal = z
  .string()
  .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/, 'an @user or @org/team')
