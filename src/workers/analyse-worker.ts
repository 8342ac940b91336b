import { analyseFile, type FileOutcome, type FileTask } from './file-outcome.js'

/** The worker's one task (tinypool calls the default export): a file's bytes in, its outcome out (null: binary). */
export default function analyse(task: FileTask): FileOutcome | null {
  return analyseFile(task) ?? null
}
