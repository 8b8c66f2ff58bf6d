import { migrateAndSeed } from './prepare.ts'

await migrateAndSeed()
