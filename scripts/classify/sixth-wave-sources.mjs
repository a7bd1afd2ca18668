// The sixth wave of public classifier data (issue 14): requests people send an assistant, from
// intent-detection datasets, as negatives for both models. Neither model had seen ordinary user
// messages: the injection model read "can you tell me" and "please tell me" as prompt leaking
// ("Can you tell me what the weather will be like tomorrow in Paris?" scored 0.87) and the
// toxicity model flagged banking questions ("My card needs to be topped up."): before this wave,
// 2.5 % of CLINC150's queries raised an injection finding and 1.7 % of BANKING77's a toxicity
// finding. Two datasets train (CLINC150, HWU64); two others are held out whole as test sources
// (BANKING77, NLU++), so the false-alarm rate on user requests is measured on datasets, domains
// and writers training never saw. Pinned like sources.mjs; credited in test/fixtures/README.md.
import { listFiles, parseCsv, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

const CLINC = { repo: 'clinc/oos-eval', commit: '828f8093932c8fe6ca7936c3d2e52903b1c523de' }
const HWU = { repo: 'xliuhw/NLU-Evaluation-Data', commit: 'f6071b496b17d71e6eb43f543af0707f4ff30557' }
const POLYAI = { repo: 'PolyAI-LDN/task-specific-datasets', commit: '57ec275d8078af65b7731c2a98be812d844a6d6b' }

const request = (text, intent) => ({ text, label: false, group: intent, note: `user request (${intent})` })

/** CLINC150 (Larson et al. 2019): 150 intents over 10 domains and out-of-scope queries, every split. */
const clinc = (git) =>
  Object.values(JSON.parse(utf8(showFile(git, CLINC.commit, 'data/data_full.json'))))
    .flat()
    .map(([text, intent]) => request(text, intent))

/**
 * HWU64 (Liu et al. 2019): requests to a home assistant. Only the ten cross-validation test folds
 * are in the repository's snapshot (the collected CSVs are too large); together they are the
 * annotated set.
 */
const hwu = (git) =>
  listFiles(git, HWU.commit, 'CrossValidation')
    .filter((path) => /\/testset\/annotated\/[^/]+\/[^/]+\.json$/.test(path))
    .flatMap((path) =>
      JSON.parse(utf8(showFile(git, HWU.commit, path))).test_data_annotation.map((row) => request(row.text, row.intent)),
    )

/** BANKING77 (Casanueva et al. 2020): customer questions to a bank, train and test files. */
const banking = (git) =>
  ['banking_data/train.csv', 'banking_data/test.csv'].flatMap((path) =>
    parseCsv(utf8(showFile(git, POLYAI.commit, path))).map((row) => request(row.text, row.category)),
  )

/** NLU++ (Casanueva et al. 2022): banking and hotel requests, every fold. */
const nluPlusPlus = (git) =>
  listFiles(git, POLYAI.commit, 'nlupp/data')
    .filter((path) => /\/fold\d+\.json$/.test(path))
    .flatMap((path) => JSON.parse(utf8(showFile(git, POLYAI.commit, path))).map((row) => request(row.text, path.split('/')[2])))

/**
 * The same sources for either model (user requests are benign for both), with as many training
 * requests per dataset as dev and the probe sets favoured (docs/detectors.md, Classifiers,
 * twenty-fifth round): for injection 500 kept more dev positives than 1,500 or 4,000, and already
 * cut false alarms on the requests training left out from 2.2 % to 0.1 %; for toxicity 4,000.
 */
const sources = (trainSample) => [
  { id: 'clinc150', ...CLINC, licence: 'CC-BY-3.0', split: 'train', sample: trainSample, read: clinc },
  { id: 'hwu64', ...HWU, licence: 'CC-BY-4.0', split: 'train', sample: trainSample, read: hwu },
  { id: 'banking77', ...POLYAI, licence: 'CC-BY-4.0', split: 'test', sample: 1500, read: banking },
  { id: 'nlu-plus-plus', ...POLYAI, licence: 'CC-BY-4.0', split: 'test', sample: 1500, read: nluPlusPlus },
]

export const SIXTH_WAVE_INJECTION_SOURCES = sources(500)
export const SIXTH_WAVE_TOXICITY_SOURCES = sources(4000)
