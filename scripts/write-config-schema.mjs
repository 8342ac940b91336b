// Writes config.schema.json, the editor JSON Schema of the config file, from the zod schema
// in src/config/schema.ts (through the built dist/). test/config/schema-file.test.ts fails
// when the committed file is stale. Run: npm run schema
import { writeFileSync } from 'node:fs'
import { configJsonSchema } from '../dist/index.js'

const schema = configJsonSchema()
writeFileSync(new URL('../config.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n')
