import type { FileError } from '../contract/result.js'
import { analyseFile, type FileOutcome, type FileTask } from './file-outcome.js'

/** The worker's one task (tinypool calls the default export): a file's bytes in, its outcome (or why it was not analysed) out. */
export default function analyse(task: FileTask): FileOutcome | FileError {
  return analyseFile(task)
}
