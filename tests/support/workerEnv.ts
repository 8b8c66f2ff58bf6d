import { inject } from 'vitest'

// Each test worker receives the database and secrets the global setup prepared.
Object.assign(process.env, inject('testEnv'))
