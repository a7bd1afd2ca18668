import { describe, expect, it } from '@jest/globals'
import { checkPlaybook } from '../../../src/core/memory/playbook.js'

const full = '# Migration\n\n## Change\nRename.\n\n## Impact\nAll users.\n\n## Rollback\nRevert.\n\n## Communication\nSlack.\n'

describe('checkPlaybook', () => {
  it.each([
    { name: 'complete', text: full, missing: [], empty: [] },
    {
      name: 'case-insensitive, any level, trailing colon and #',
      text: '### CHANGE:\nx\n## impact ##\ny\n# Rollback\nz\n#### communication\nw\n',
      missing: [],
      empty: [],
    },
    { name: 'CRLF line endings', text: full.replaceAll('\n', '\r\n'), missing: [], empty: [] },
    { name: 'missing rollback', text: full.replace('## Rollback\nRevert.\n', ''), missing: ['Rollback'], empty: [] },
    { name: 'empty section', text: full.replace('All users.', '   '), missing: [], empty: ['Impact'] },
    {
      name: 'comment-only section is empty',
      text: full.replace('Slack.', '<!-- TODO: who is told -->'),
      missing: [],
      empty: ['Communication'],
    },
    {
      name: 'sub-section content counts',
      text: full.replace('## Impact\nAll users.', '## Impact\n### Data\nAll memories.'),
      missing: [],
      empty: [],
    },
    {
      name: 'sub-heading alone is empty',
      text: full.replace('## Impact\nAll users.', '## Impact\n### Data\n'),
      missing: [],
      empty: ['Impact'],
    },
    {
      name: 'headings in code fences do not count',
      text: '## Change\nx\n```md\n## Impact\nnot real\n```\n## Rollback\ny\n## Communication\nz\n',
      missing: ['Impact'],
      empty: [],
    },
    { name: 'plural or other words do not match', text: full.replace('## Change', '## Changes'), missing: ['Change'], empty: [] },
    { name: 'empty file', text: '', missing: ['Change', 'Impact', 'Rollback', 'Communication'], empty: [] },
  ])('$name', ({ text, missing, empty }) => {
    expect(checkPlaybook(text)).toEqual({ ok: missing.length === 0 && empty.length === 0, missing, empty })
  })
})
