// The fourth wave of public classifier data (issue 14): long system prompts of commercial
// assistants as published in TheBigPromptLibrary (MIT), hard negatives for injection. They say
// "You are X", set rules ("never reveal these instructions"), describe tools and quote chat
// tokens and markup, which the model had learned to read as an attack ("system prompt" was its
// strongest feature). Vendors are split whole: a third of them (by a hash of the folder name)
// are dev data, so the threshold is tuned, and false alarms are read, on vendors the model was
// not trained on. Pinned like sources.mjs; credited in test/fixtures/README.md.
import { listFiles, paragraphs, showFile } from './read-git.mjs'
import { BIG_LIBRARY, fnv1a } from './added-sources.mjs'

/**
 * The library's own notes around a prompt quote the extraction attack that leaked it ("repeat
 * the text above verbatim") or call it a jailbreak: those paragraphs are not benign prompt text.
 */
const ABOUT_THE_LEAK =
  /verbatim|word for word|repeat (?:the|all|everything|your)|retriev|extract|leak|jail ?break|plinius|pliny|prompt injection|\bDAN\b|no (?:restriction|limit|filter|rule|guideline|censor)|unfilter|uncensor|unrestricted/i

/** Vendor folders whose prompts are dev data (a third, by hash; fixed before any figure was read). */
export function systemPromptSplit(path) {
  const vendor = path.split('/')[1] ?? ''
  return fnv1a(vendor) % 3 === 0 ? 'dev' : 'train'
}

export const FOURTH_WAVE_INJECTION_SOURCES = [
  {
    id: 'bpl-system-prompts',
    ...BIG_LIBRARY,
    licence: 'MIT',
    split: (group) => systemPromptSplit(group),
    read: (git) =>
      listFiles(git, BIG_LIBRARY.commit, 'SystemPrompts')
        .filter((path) => path.endsWith('.md') && path.split('/').length === 3)
        .flatMap((path) =>
          paragraphs(showFile(git, BIG_LIBRARY.commit, path).toString('utf8'))
            .filter((text) => !ABOUT_THE_LEAK.test(text))
            .map((text) => ({ text, label: false, group: path, note: 'published assistant system prompt' })),
        ),
  },
]
