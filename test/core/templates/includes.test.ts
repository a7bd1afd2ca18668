// Which files a template pulls in at render time, and where the common loaders look for them.
import { describe, expect, it } from '@jest/globals'
import { findIncludes, includeCandidates } from '../../../src/core/templates/includes.js'

describe('findIncludes', () => {
  it('reads Jinja include / import / from / extends, with lines', () => {
    const text =
      'a\n{% include "shared/a.txt" %}\n{%- import \'macros.j2\' as m -%}\n{% from "forms.j2" import field %}\n{% extends "base.j2" %}\n{% include ["x.txt", "y.txt"] %}\n{% include name %}\n'
    expect(findIncludes(text)).toEqual([
      { target: 'shared/a.txt', kind: 'jinja', line: 2 },
      { target: 'macros.j2', kind: 'jinja', line: 3 },
      { target: 'forms.j2', kind: 'jinja', line: 4 },
      { target: 'base.j2', kind: 'jinja', line: 5 },
      { target: 'x.txt', kind: 'jinja', line: 6 },
      { target: 'y.txt', kind: 'jinja', line: 6 },
    ])
  })
  it('reads Handlebars / Mustache / Dotprompt partials', () => {
    expect(
      findIncludes('{{> header}}\n{{#> layout}}x{{/layout}}\n{{~> "quoted name"}}\n').map((r) => [r.target, r.line]),
    ).toEqual([
      ['header', 1],
      ['layout', 2],
      ['quoted name', 3],
    ])
  })
  it('reads Mustache parents (the inheritance extension)', () => {
    expect(findIncludes('{{< layout}}{{$body}}x{{/body}}{{/layout}}\n')).toEqual([{ target: 'layout', kind: 'partial', line: 1 }])
  })
  it('reads Liquid render and unquoted includes; a bare name stays dynamic', () => {
    const text =
      "{% render 'safety', tone: t %}\n{% include shared/footer.liquid %}\n{%- include_relative ../notes.md -%}\n{% include footer %}\n"
    expect(findIncludes(text)).toEqual([
      { target: 'safety', kind: 'liquid', line: 1 },
      { target: 'shared/footer.liquid', kind: 'liquid', line: 2 },
      { target: '../notes.md', kind: 'liquid', line: 3 },
    ])
  })
})

describe('includeCandidates', () => {
  it('looks for Liquid snippets with their extension, in snippets/ and _includes/ too', () => {
    const paths = includeCandidates('prompts/a.prompt.yml', { target: 'safety', kind: 'liquid', line: 1 })
    expect(paths).toEqual(
      expect.arrayContaining([
        'prompts/safety.liquid',
        'prompts/snippets/safety.liquid',
        'snippets/safety.liquid',
        '_includes/safety.liquid',
      ]),
    )
  })

  it('resolves Jinja paths beside the template, in partials/ and from the root, never above it', () => {
    expect(includeCandidates('prompts/support/answer.prompty', { target: '../shared/a.txt', kind: 'jinja', line: 1 })).toEqual([
      'prompts/shared/a.txt',
      'prompts/support/shared/a.txt',
    ])
    expect(includeCandidates('a.prompty', { target: '../../etc/passwd', kind: 'jinja', line: 1 })).toEqual([])
  })
  it('names Dotprompt and Handlebars partial files', () => {
    expect(includeCandidates('prompts/x.prompt', { target: 'style', kind: 'partial', line: 1 })).toContain(
      'prompts/_style.prompt',
    )
    expect(includeCandidates('prompts/x.prompt', { target: 'style', kind: 'partial', line: 1 })).toContain(
      'prompts/partials/style.hbs',
    )
  })
})
