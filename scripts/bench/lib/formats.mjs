// Renders one template spec in each supported format, the way people write them:
// GitHub Models .prompt.yml, .prompty, Dotprompt .prompt, plain .txt/.md, JSON chat.

export const FORMATS = ['github-models', 'prompty', 'dotprompt', 'txt', 'md', 'json-chat']

const EXT = {
  'github-models': '.prompt.yml',
  prompty: '.prompty',
  dotprompt: '.prompt',
  txt: '.txt',
  md: '.md',
  'json-chat': '.json',
}

export const extensionOf = (format) => EXT[format]

/** spec: { name, description, model, temperature, dataset, system[], reference[], examples[{q,a}], user[] } */
export function render(format, spec) {
  return `${RENDERERS[format](spec).join('\n')}\n`
}

const RENDERERS = {
  'github-models': (s) => [
    `name: ${s.name}`,
    `description: ${s.description}`,
    `model: openai/${s.model}`,
    'modelParameters:',
    `  temperature: ${s.temperature}`,
    '  max_tokens: 800',
    'messages:',
    '  - role: system',
    '    content: |',
    ...indent(systemBody(s, '<document>', '</document>'), 6),
    ...s.examples.flatMap((e) => [
      '  - role: user',
      '    content: |',
      ...indent([e.q], 6),
      '  - role: assistant',
      '    content: |',
      ...indent([e.a], 6),
    ]),
    '  - role: user',
    '    content: |',
    ...indent(s.user, 6),
    'testData:',
    '  - question: "How do I export my invoices?"',
    '    customer_tier: gold',
  ],
  prompty: (s) => [
    '---',
    `name: ${s.name}`,
    `description: ${s.description}`,
    `authors: [${s.owner}]`,
    'model:',
    '  api: chat',
    '  configuration:',
    '    type: azure_openai',
    `    azure_deployment: ${s.model}`,
    '  parameters:',
    `    temperature: ${s.temperature}`,
    '    max_tokens: 800',
    'inputs:',
    '  question:',
    '    type: string',
    '  customer_tier:',
    '    type: string',
    '---',
    'system:',
    ...systemBody(s, '"""', '"""'),
    '',
    ...s.examples.flatMap((e) => ['user:', e.q, '', 'assistant:', e.a, '']),
    'user:',
    ...s.user,
  ],
  dotprompt: (s) => [
    '---',
    `model: googleai/gemini-1.5-${s.model.includes('mini') ? 'flash' : 'pro'}`,
    'config:',
    `  temperature: ${s.temperature}`,
    '  maxOutputTokens: 800',
    'input:',
    '  schema:',
    '    question: string, the customer question',
    '    customer_tier?: string',
    'provenance:',
    `  dataset: ${s.dataset}`,
    '---',
    '{{role "system"}}',
    ...systemBody(s, '```', '```'),
    '',
    ...s.examples.flatMap((e) => ['{{role "user"}}', e.q, '{{role "model"}}', e.a]),
    '{{role "user"}}',
    ...s.user,
  ],
  txt: (s) => [
    ...systemBody(s, '<document>', '</document>'),
    '',
    ...s.examples.flatMap((e) => [`Q: ${e.q}`, `A: ${e.a}`]),
    '',
    ...s.user.map((l) => l.replace(/\{\{(\w+)\}\}/g, '{{ $1 }}')),
  ],
  md: (s) => [
    `# ${s.name}`,
    '',
    `> ${s.description}`,
    '',
    '## Instructions',
    '',
    ...systemBody(s, '```text', '```'),
    '',
    '## Examples',
    '',
    ...s.examples.flatMap((e) => [`- **Question:** ${e.q}`, `  **Answer:** ${e.a}`]),
    '',
    '{% if customer_tier %}The customer is on the {{ customer_tier }} tier.{% endif %}',
    ...s.user,
  ],
  'json-chat': (s) => [
    '{',
    `  "name": ${JSON.stringify(s.name)},`,
    `  "model": ${JSON.stringify(s.model)},`,
    '  "messages": [',
    ...[
      { role: 'system', content: systemBody(s, '<document>', '</document>').join('\n') },
      ...s.examples.flatMap((e) => [
        { role: 'user', content: e.q },
        { role: 'assistant', content: e.a },
      ]),
      { role: 'user', content: s.user.join('\n') },
    ].map((m, i, all) => `    { "role": "${m.role}", "content": ${JSON.stringify(m.content)} }${i < all.length - 1 ? ',' : ''}`),
    '  ]',
    '}',
  ],
}

function systemBody(s, open, close) {
  return [...s.system, '', 'Reference material:', open, ...s.reference, close]
}

function indent(lines, n) {
  const pad = ' '.repeat(n)
  return lines.map((l) => (l === '' ? '' : pad + l))
}
