import { describe, expect, it } from '@jest/globals'
import { parseTemplate, scanVariables } from '../../../src/core/templates/index.js'
import type { Dialect } from '../../../src/core/templates/index.js'

// `!` marks a raw use, `?` a reference (condition, loop, helper argument: not inserted as text).
const names = (text: string, dialect: Dialect) =>
  scanVariables(text, dialect).map((v) => (v.reference ? `?${v.name}` : v.raw ? `!${v.name}` : v.name))

describe('scanVariables', () => {
  it.each<{ text: string; dialect: Dialect; want: string[] }>([
    { text: 'Hi {{name}} and {{ user.email }}', dialect: 'mustache', want: ['name', 'user.email'] },
    { text: '{{{html}}} {{& amp}} {{~trim~}}', dialect: 'mustache', want: ['!html', '!amp', 'trim'] },
    { text: '{{#if a}}x{{else}}y{{/if}}{{^b}}{{/b}}{{> partial}}', dialect: 'handlebars', want: ['?a', '?b'] },
    { text: '{{role "system"}}{{history}}{{media url=photo}}{{section "x"}}', dialect: 'handlebars', want: ['?photo'] },
    {
      text: '{{#each items}}{{this}}{{this.name}}{{name}}{{@index}}{{../up}}{{/each}}',
      dialect: 'handlebars',
      want: ['?items', 'items[]', 'items[].name', 'items[].name', 'up'],
    },
    {
      text: '{{#each docs as |d|}}{{d.text}}{{#with d.meta}}{{author}}{{/with}}{{/each}}',
      dialect: 'handlebars',
      want: ['?docs', 'docs[].text', '?docs[].meta', 'docs[].meta.author'],
    },
    {
      text: '{{#if a}}{{else if b}}{{/if}} {{@root.top}} {{lookup map key}}',
      dialect: 'handlebars',
      want: ['?a', '?b', 'top', '?map', '?key'],
    },
    { text: '{{! comment {{x}} }}{{!-- {{y}} --}}{{z}}', dialect: 'mustache', want: ['z'] },
    { text: '{{helper arg}} {{json data}} {{ifEquals a "x"}}', dialect: 'handlebars', want: ['?arg', 'data', '?a'] },
    { text: '{{ q | safe }} {{ q | e }} {{ a|upper|safe }}', dialect: 'jinja', want: ['!q', 'q', '!a'] },
    { text: '{% if x %}{{ y }}{% endif %}{# {{c}} #}', dialect: 'jinja', want: ['?x', 'y'] },
    {
      text: '{% for item in chat_history %}{{ item.role }}: {{ item["content"] }}{% endfor %}',
      dialect: 'jinja',
      want: ['?chat_history', 'chat_history[].role', 'chat_history[]'],
    },
    {
      text: '{% for o in customer.orders %}{% for l in o.lines %}{{ l.sku }}{% endfor %}{% endfor %}',
      dialect: 'jinja',
      want: ['?customer.orders', '?customer.orders[].lines', 'customer.orders[].lines[].sku'],
    },
    {
      text: '{% set greeting = "hi " ~ name %}{{ greeting }}{% macro row(cell) %}{{ cell }}{% endmacro %}',
      dialect: 'jinja',
      want: ['?name'],
    },
    { text: '{% raw %}{{ lit }}{% endraw %}{{ real }}', dialect: 'jinja', want: ['real'] },
    { text: '{{- tight -}} {{ loop.index }} {{ range(3) }} {{ "s" }} {{ a + b }}', dialect: 'jinja', want: ['tight', 'a'] },
    { text: '{{ items[0] }}', dialect: 'jinja', want: ['items'] },
    { text: '{{x}} {{ y | safe }} {{{z}}}', dialect: 'auto', want: ['x', '!y', '!z'] },
    { text: 'User: {{$request}}', dialect: 'auto', want: ['request'] },
    { text: '{# unclosed {{a}}', dialect: 'auto', want: ['a'] },
    {
      text: '{name} {{escaped}} {obj.attr} {n!r} {v:>10} {0} {"json": 1}',
      dialect: 'fstring',
      want: ['name', 'obj.attr', 'n', 'v'],
    },
    // Hard negatives: braces that are not variables.
    { text: 'function f() { return {a: 1} }', dialect: 'mustache', want: [] },
    { text: '{{ }} {{}} {{123}} {{-}}', dialect: 'mustache', want: [] },
    { text: `{{${'a'.repeat(400)}}}`, dialect: 'mustache', want: [] },
  ])('$dialect: $text', ({ text, dialect, want }) => {
    expect(names(text, dialect)).toEqual(want)
  })

  it.each<{ name: string; path: string; body: string; error: RegExp; line: number }>([
    {
      name: 'unclosed Handlebars block',
      path: 'x.prompt',
      body: 'Hi\n{{#if a}}\nyes\n',
      error: /\{\{#if\}\} opened on line 2 is never closed/,
      line: 2,
    },
    {
      name: 'mismatched Handlebars close',
      path: 'x.prompt',
      body: '{{#each a}}\n{{/if}}\n',
      error: /\{\{\/if\}\} does not match \{\{#each\}\} opened on line 1/,
      line: 2,
    },
    {
      name: 'stray Handlebars close',
      path: 'prompts/x.hbs',
      body: 'a\n{{/each}}\n',
      error: /closes a block that was never opened/,
      line: 2,
    },
    {
      name: 'unclosed Jinja loop in Prompty',
      path: 'x.prompty',
      body: '---\nname: x\n---\nsystem:\n{% for d in docs %}\n{{ d }}\n',
      error: /\{% for %\} opened on line 5 is never closed/,
      line: 5,
    },
  ])('reports $name as a parse error with its line', ({ path, body, error, line }) => {
    const t = parseTemplate(path, body)
    expect(t.parseErrors).toEqual([{ message: expect.stringMatching(error), line }])
  })

  it('does not validate blocks in plain text or GitHub Models templates (no engine renders them)', () => {
    expect(parseTemplate('prompts/x.md', '{{#if a}} never closed').parseErrors).toEqual([])
    expect(parseTemplate('x.prompt.yml', 'messages:\n  - role: user\n    content: "{{#if a}}"\n').parseErrors).toEqual([])
  })

  it('reports custom helpers and partials as not understood, never as errors', () => {
    const t = parseTemplate('x.prompt', '{{> header}}\n{{shout name}}\n')
    expect(t.parseErrors).toEqual([])
    expect(t.notices?.map((n) => n.line)).toEqual([1, 2])
  })

  it('stops at the limit', () => {
    expect(scanVariables('{{a}}{{b}}{{c}}', 'mustache', 2)).toHaveLength(2)
  })
})

describe('delimited', () => {
  const delimited = (body: string) => parseTemplate('prompts/t.txt', body).variables.map((v) => [v.name, v.delimited])
  it.each<{ name: string; body: string; want: Array<[string, boolean]> }>([
    { name: 'XML tag on one line', body: 'Q: <user_input>{{q}}</user_input>', want: [['q', true]] },
    { name: 'XML tag spanning lines', body: '<doc id="1">\nText:\n{{q}}\n</doc>', want: [['q', true]] },
    { name: 'nested tags', body: '<a><b>{{q}}</b></a>', want: [['q', true]] },
    { name: 'fence', body: '```\n{{q}}\n```', want: [['q', true]] },
    { name: 'tilde fence', body: '~~~text\n{{q}}\n~~~', want: [['q', true]] },
    { name: 'triple quotes', body: '"""\n{{q}}\n"""', want: [['q', true]] },
    { name: 'double quotes on the line', body: 'The user said "{{q}}" today', want: [['q', true]] },
    { name: 'quotes with text inside', body: 'Say "hello {{q}} there".', want: [['q', true]] },
    { name: 'curly quotes', body: 'Said \u201c{{q}}\u201d', want: [['q', true]] },
    { name: 'single quotes adjacent', body: "value '{{q}}'", want: [['q', true]] },
    { name: '--- block', body: 'Input:\n---\n{{q}}\n---\nEnd', want: [['q', true]] },
    { name: '### block', body: '###\n{{q}}\n###', want: [['q', true]] },
    { name: '=== labelled block', body: '=== INPUT ===\n{{q}}\n=== END ===', want: [['q', true]] },
    // Hard negatives.
    { name: 'bare', body: 'Answer {{q}} now', want: [['q', false]] },
    { name: 'after a closed tag', body: '<a>x</a> {{q}}', want: [['q', false]] },
    { name: 'unclosed tag', body: '<a>\n{{q}}', want: [['q', false]] },
    { name: 'mismatched tag', body: '<a>{{q}}</b>', want: [['q', false]] },
    { name: 'self-closing tag', body: '<br/>{{q}}<br />', want: [['q', false]] },
    { name: 'unclosed fence', body: '```\n{{q}}', want: [['q', false]] },
    { name: 'one quote only', body: 'He said "yes and {{q}}', want: [['q', false]] },
    { name: 'between two quoted strings', body: '"a" {{q}} "b"', want: [['q', false]] },
    { name: 'quote on another line', body: '"\n{{q}}\n"', want: [['q', false]] },
    { name: 'apostrophes', body: "don't {{q}} it's", want: [['q', false]] },
    { name: 'single --- line', body: '---\n{{q}}', want: [['q', false]] },
    { name: 'markdown heading is not a delimiter', body: '### Input\n{{q}}\n### Output', want: [['q', false]] },
    { name: 'unpaired triple quote', body: '"""\n{{q}}', want: [['q', false]] },
  ])('$name', ({ body, want }) => {
    expect(delimited(body)).toEqual(want)
  })
})
