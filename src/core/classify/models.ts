// The shipped classifiers, decoded on first use (a 256 KB table each).
import { LinearModel } from './linear-model.js'
import { INJECTION_MODEL } from './weights/injection.js'
import { TOXICITY_MODEL } from './weights/toxicity.js'

let injection: LinearModel | undefined
let toxicity: LinearModel | undefined

export function injectionModel(): LinearModel {
  injection ??= new LinearModel(INJECTION_MODEL)
  return injection
}

export function toxicityModel(): LinearModel {
  toxicity ??= new LinearModel(TOXICITY_MODEL)
  return toxicity
}
